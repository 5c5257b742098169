"use client";

import { useEffect } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction, type HookProps } from "@next-safe-action/adapter-react-hook-form/hooks";
import type { SingleInputActionFn } from "next-safe-action/hooks";
import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

/**
 * react-hook-form + a next-safe-action action + the SAME zod schema the action validates
 * (STYLE.md "Forms"). Field errors from the server land on their fields through the adapter;
 * `formError` is what is left for one message above the form: the action client's
 * `serverError.message` (a DomainError's Chinese text) or a form-level `_errors` entry.
 *
 *   const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(createUser, UserCreateInput, {
 *     formProps: { defaultValues: { username: "" } },
 *     actionProps: { onSuccess: () => router.push("/users") },
 *   });
 */
export function useActionForm<
  Schema extends z.ZodType<FieldValues, FieldValues>,
  ServerError,
  ShapedErrors,
  Data,
>(
  action: SingleInputActionFn<ServerError, Schema, ShapedErrors, Data>,
  schema: Schema,
  props?: HookProps<ServerError, Schema, ShapedErrors, Data>,
) {
  // zodResolver's generics and the adapter's Standard Schema generics describe the same types but
  // TypeScript cannot unify them for an unresolved Schema; for any concrete schema they match.
  const resolver = zodResolver(schema) as unknown as Resolver<z.input<Schema>, unknown, z.output<Schema>>;
  const hook = useHookFormAction(action, resolver as never, props);
  const failure = hook.action.result.serverError;
  // A service's FieldError (lib/core/action-client.ts sends its field) lands next to that field
  // when the form has it as a plain value; otherwise it stays above the form.
  const onField = fieldOf(failure, hook.form.getValues() as Record<string, unknown>);
  const { setError } = hook.form;
  useEffect(() => {
    if (onField) setError(onField as never, { type: "server", message: messageOf(failure) });
  }, [failure, onField, setError]);
  const serverError = onField ? undefined : messageOf(failure);
  const rootError = hook.form.formState.errors.root?.message;
  return {
    ...hook,
    /** The server's Chinese message, when the action failed as a whole. */
    serverError,
    /** serverError, or a form-level validation message; show it with <FormError>. */
    formError: serverError ?? (typeof rootError === "string" ? rootError : undefined),
    isSubmitting: hook.action.isExecuting,
  };
}

/** The failed field, when the form holds it as a plain (non-list) value the page shows an error for. */
function fieldOf(serverError: unknown, values: Record<string, unknown>): string | undefined {
  const field = serverError && typeof serverError === "object" && "field" in serverError ? (serverError as { field?: unknown }).field : undefined;
  if (typeof field !== "string" || !(field in values)) return undefined;
  const v = values[field];
  return v !== null && typeof v === "object" ? undefined : field;
}

function messageOf(serverError: unknown): string | undefined {
  if (typeof serverError === "string") return serverError;
  if (serverError && typeof serverError === "object" && "message" in serverError) {
    const m = (serverError as { message: unknown }).message;
    if (typeof m === "string") return m;
  }
  return undefined;
}
