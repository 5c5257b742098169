import "server-only";
import { z } from "zod";
import { createSafeActionClient, returnValidationErrors } from "next-safe-action";
import { PERMISSION_KEYS, assertCan } from "./permissions";
import { isDomainError, FieldError } from "./errors";
import { getScope } from "./scope";

export type ActionServerError = { message: string; code: string };

const baseClient = createSafeActionClient({
  // Every action must declare the permission it needs: a forgotten one is a type error.
  defineMetadataSchema: () => z.object({ permission: z.enum(PERMISSION_KEYS) }),
  handleServerError(e): ActionServerError {
    if (isDomainError(e)) return { message: e.message, code: e.code };
    console.error("[action] unexpected error", e);
    return { message: "系统繁忙，操作未完成，请稍后重试", code: "INTERNAL" };
  },
});

/**
 * The one client for staff actions: puts the session's scope in ctx, checks the declared
 * permission (fails closed), and turns a service's FieldError into a message next to that field.
 */
export const staffAction = baseClient.use(async ({ next, metadata }) => {
  const scope = await getScope();
  assertCan(scope, metadata.permission);
  try {
    return await next({ ctx: { scope } });
  } catch (e) {
    if (e instanceof FieldError && e.field) {
      returnValidationErrors(z.object({}), { [e.field]: { _errors: [e.message] } } as never);
    }
    throw e;
  }
});
