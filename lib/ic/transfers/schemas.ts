// IC-11 profile transfers and ORG-23 access requests. Client-safe.
import { z } from "zod";
import { idNumberSchema } from "@/lib/core/validators/id-number";

const id = z.string().min(1);
const reason = z.string().trim().min(2, "请填写原因（至少2个字）").max(200, "原因不超过200字");

export const TransferRequestInput = z.object({
  profileId: id,
  toOrgUnitId: z.string({ error: "请选择迁入单位" }).min(1, "请选择迁入单位"),
  reason,
});
export type TransferRequestInput = z.input<typeof TransferRequestInput>;

export const TransferDecisionInput = z.object({
  transferId: id,
  version: z.number().int().nonnegative(),
  note: z.string().trim().max(200, "不超过200字").optional(),
});
export type TransferDecisionInput = z.input<typeof TransferDecisionInput>;

export const ACCESS_KINDS = ["SERVICE_ACCESS", "TRANSFER_REQUEST"] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

/** ORG-23: filed from outside the owning scope with the ID number the clerk typed (no personal data is shown). */
export const AccessRequestInput = z.object({
  idNumber: idNumberSchema,
  kind: z.enum(ACCESS_KINDS, { error: "请选择申请类型" }),
  reason,
});
export type AccessRequestInput = z.input<typeof AccessRequestInput>;

export const AccessDecisionInput = z.object({
  requestId: id,
  approve: z.boolean(),
  note: z.string().trim().max(200, "不超过200字").optional(),
});
export type AccessDecisionInput = z.input<typeof AccessDecisionInput>;

export const TransferTargetSearchInput = z.object({ q: z.string().trim().min(1).max(30) });

/** ORG-23: an approved service access lasts 30 days. */
export const ACCESS_GRANT_DAYS = 30;
