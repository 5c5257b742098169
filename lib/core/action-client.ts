import "server-only";
import { z } from "zod";
import { createSafeActionClient } from "next-safe-action";
import { PERMISSION_KEYS, assertCan } from "./permissions";
import { isDomainError, DomainError } from "./errors";
import { getScope } from "./scope";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { currentRequestContext } from "./request-context";

/**
 * What a failed action returns. `field` is set for a FieldError: next-safe-action turns errors
 * thrown in the action body into `serverError` before any middleware sees them, so the field
 * travels here and components/forms/use-action-form.ts puts the message next to that field.
 */
export type ActionServerError = { message: string; code: string; field?: string };

function serverErrorOf(e: unknown, fallback: string, log: string): ActionServerError {
  if (isDomainError(e)) return e.field ? { message: e.message, code: e.code, field: e.field } : { message: e.message, code: e.code };
  console.error(log, e);
  return { message: fallback, code: "INTERNAL" };
}

const baseClient = createSafeActionClient({
  // Every action must declare the permission it needs: a forgotten one is a type error.
  defineMetadataSchema: () => z.object({ permission: z.enum(PERMISSION_KEYS) }),
  handleServerError: (e): ActionServerError => serverErrorOf(e, "系统繁忙，操作未完成，请稍后重试", "[action] unexpected error"),
});

/**
 * The one client for staff actions: puts the session's scope in ctx and checks the declared
 * permission (fails closed). A service's FieldError reaches the form as `serverError.field`.
 */
export const staffAction = baseClient.use(async ({ next, metadata }) => {
  const scope = await getScope();
  assertCan(scope, metadata.permission);
  return next({ ctx: { scope } });
});

// ---- public actions (no session) ---------------------------------------------------------------

/**
 * The one client for actions that run WITHOUT a session (the QR evaluation page, EVA-01). There is
 * no scope to check a permission against, so every public action instead declares its name and a
 * rate limit per client IP (read from the request headers as lib/core/request-context.ts does).
 * The limiter is in-process memory: enough to stop a script hammering one instance; a deployment
 * behind several instances adds a shared limit at its proxy.
 */
const publicClient = createSafeActionClient({
  defineMetadataSchema: () =>
    z.object({
      publicAction: z.string().min(1),
      /**
       * `points` per `perSeconds` per client (when the client's address is trusted, see
       * lib/core/request-context.ts), and the same per value of the input field `perInputKey` (e.g.
       * the QR token). Without a trusted address all clients share `points × 20` per instance.
       */
      rateLimit: z.object({ points: z.number().int().positive(), perSeconds: z.number().int().positive(), perInputKey: z.string().optional() }),
    }),
  handleServerError: (e): ActionServerError => serverErrorOf(e, "系统繁忙，提交未完成，请稍后重试", "[public action] unexpected error"),
});

const limiters = new Map<string, RateLimiterMemory>();

function limiterFor(name: string, points: number, duration: number): RateLimiterMemory {
  const key = `${name}:${points}/${duration}`;
  let l = limiters.get(key);
  if (!l) limiters.set(key, (l = new RateLimiterMemory({ keyPrefix: name, points, duration })));
  return l;
}

/** Untrusted addresses share one bucket this many times larger (a per-instance ceiling). */
const SHARED_FACTOR = 20;

export const publicAction = publicClient.use(async ({ next, metadata, clientInput }) => {
  const { ip, ipTrusted } = await currentRequestContext();
  const { points, perSeconds, perInputKey } = metadata.rateLimit;
  const keys: [RateLimiterMemory, string][] = [
    ipTrusted && ip
      ? [limiterFor(`${metadata.publicAction}:ip`, points, perSeconds), ip]
      : [limiterFor(`${metadata.publicAction}:shared`, points * SHARED_FACTOR, perSeconds), "*"],
  ];
  const inputKey = perInputKey && clientInput && typeof clientInput === "object" ? (clientInput as Record<string, unknown>)[perInputKey] : undefined;
  if (typeof inputKey === "string" && inputKey) keys.push([limiterFor(`${metadata.publicAction}:${perInputKey}`, points, perSeconds), inputKey.slice(0, 100)]);
  try {
    for (const [limiter, key] of keys) await limiter.consume(key);
  } catch (e) {
    if (e instanceof Error) throw e;
    throw new DomainError("提交过于频繁，请稍后再试");
  }
  return next({ ctx: {} });
});
