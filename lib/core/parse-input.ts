import type { z } from "zod";
import { FieldError } from "@/lib/core/errors";

/**
 * Services re-validate what actions already validated, because routes and tests call them
 * directly; a failure becomes a FieldError so the clerk still sees the Chinese message by the field.
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new FieldError(String(issue.path[0] ?? "_"), issue.message);
}
