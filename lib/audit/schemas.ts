import { z } from "zod";
import { isValidDateString } from "@/lib/core/calendar-math";
import { auditActionLabels, type AuditActionCode } from "./labels";

const ACTION_CODES = Object.keys(auditActionLabels) as [AuditActionCode, ...AuditActionCode[]];

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined);
const date = z
  .string()
  .optional()
  .catch(undefined)
  .transform((v) => (v && isValidDateString(v) ? v : undefined));

/** The audit-log filter as it arrives in the URL; anything malformed is simply ignored. */
export const AuditFilterParams = z.object({
  userId: text(40),
  username: text(40),
  action: z.enum(ACTION_CODES).optional().catch(undefined),
  personId: text(40),
  from: date,
  to: date,
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type AuditFilter = z.output<typeof AuditFilterParams>;

export function parseAuditFilter(params: Record<string, string | string[] | undefined>): AuditFilter {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return AuditFilterParams.parse(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, first(v)])));
}
