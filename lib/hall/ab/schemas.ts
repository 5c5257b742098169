import { z } from "zod";
import { optionalField } from "@/lib/core/validators/common";

// SPEC §2.7 A/B assignments, presence and hand-overs (ORG-40 … ORG-44). Client-safe.

const id = z.string({ error: "缺少记录编号" }).min(1, "缺少记录编号").max(40);
const version = z.number().int().nonnegative();
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const date = (label: string) => z.string({ error: `请选择${label}` }).trim().regex(DATE_RE, `请选择${label}`);

export const PRESENCE_STATUSES = ["ON_DUTY", "TEMP_AWAY", "ON_LEAVE", "BUSINESS_TRIP", "OFF"] as const;
/** ORG-44: leaving the window in one of these needs a hand-over when open cases exist. */
export const LEAVING_STATUSES = ["TEMP_AWAY", "ON_LEAVE", "BUSINESS_TRIP"] as const;
export const HANDOVER_REASONS = ["LEAVE", "MEETING", "FIELD_WORK", "TRAINING", "OTHER"] as const;

export const AssignmentCreateInput = z
  .object({
    windowId: id,
    aUserId: z.string({ error: "请选择A角" }).min(1, "请选择A角").max(40),
    bUserId: z.string({ error: "请选择B角" }).min(1, "请选择B角").max(40),
    effectiveFrom: date("生效日期"),
    effectiveTo: optionalField(z.string().regex(DATE_RE, "失效日期格式不正确")),
  })
  .superRefine((v, ctx) => {
    if (v.aUserId && v.aUserId === v.bUserId) ctx.addIssue({ code: "custom", path: ["bUserId"], message: "A角与B角不能是同一人" });
    if (v.effectiveTo && v.effectiveFrom && v.effectiveTo < v.effectiveFrom) {
      ctx.addIssue({ code: "custom", path: ["effectiveTo"], message: "失效日期不能早于生效日期" });
    }
  });
export type AssignmentCreateInput = z.input<typeof AssignmentCreateInput>;

/** 结束安排: the last day the pair is in force (the day before it starts cancels a future one). */
export const AssignmentEndInput = z.object({ id, version, effectiveTo: date("失效日期") });
export type AssignmentEndInput = z.input<typeof AssignmentEndInput>;

export const HandoverInput = z.object({
  reason: z.enum(HANDOVER_REASONS, { error: "请选择交接原因" }),
  // §7.7.4 做好交接工作: SPEC §2.7 `notes` required, ≥ 10 characters.
  notes: z.string({ error: "请填写交接说明" }).trim().min(10, "交接说明不少于10个字，请写明在办事项的进展和注意事项").max(2000, "交接说明不超过2000个字"),
});
export type HandoverInput = z.input<typeof HandoverInput>;

export const PresenceInput = z.object({
  status: z.enum(PRESENCE_STATUSES, { error: "请选择在岗状态" }),
  note: optionalField(z.string().trim().max(200, "备注不超过200个字")),
  /** The presence row's version as the screen saw it; null when the user has none yet. */
  version: version.nullable(),
  handover: HandoverInput.optional(),
});
export type PresenceInput = z.input<typeof PresenceInput>;

export const HandoverAckInput = z.object({ id, version });
export type HandoverAckInput = z.input<typeof HandoverAckInput>;
