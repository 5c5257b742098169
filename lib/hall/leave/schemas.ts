import { z } from "zod";
import { optionalField } from "@/lib/core/validators/common";

// SPEC §3.13.1 StaffLeave (§5.2.1 请销假), STF-07, ORG-42. Client-safe. Times are
// 'YYYY-MM-DDTHH:mm' in Asia/Shanghai (datetime-local); the service turns them into instants.

export const LEAVE_TYPES = ["ANNUAL", "SICK", "PERSONAL", "MARRIAGE", "MATERNITY", "BUSINESS_TRIP", "TRAINING", "OTHER"] as const;

const id = z.string({ error: "缺少记录编号" }).min(1, "缺少记录编号").max(40);
const version = z.number().int().nonnegative();
const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const dateTime = (label: string) =>
  z
    .string({ error: `请选择${label}` })
    .trim()
    .regex(DATETIME_RE, `请选择${label}`)
    .transform((v) => v.slice(0, 16));

export const LeaveRequestInput = z
  .object({
    type: z.enum(LEAVE_TYPES, { error: "请选择请假类型" }),
    startsAt: dateTime("开始时间"),
    endsAt: dateTime("结束时间"),
    reason: optionalField(z.string().trim().max(200, "请假事由不超过200个字")),
  })
  .superRefine((v, ctx) => {
    if (v.startsAt && v.endsAt && v.endsAt <= v.startsAt) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "结束时间须晚于开始时间" });
  });
export type LeaveRequestInput = z.input<typeof LeaveRequestInput>;

export const LeaveDecisionInput = z
  .object({
    id,
    version,
    decision: z.enum(["approve", "reject"]),
    note: optionalField(z.string().trim().max(200, "审批意见不超过200个字")),
    /** ORG-42 / AMB-14: a WINDOW_LEAD approving despite the A/B overlap writes why … */
    overrideReason: optionalField(z.string().trim().min(4, "特批理由不少于4个字").max(500, "特批理由不超过500个字")),
    /** … and names who stands in. */
    substituteUserId: optionalField(z.string().max(40)),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "reject" && !v.note) ctx.addIssue({ code: "custom", path: ["note"], message: "不予批准须填写理由" });
  });
export type LeaveDecisionInput = z.input<typeof LeaveDecisionInput>;

export const LeaveRefInput = z.object({ id, version });
export type LeaveRefInput = z.input<typeof LeaveRefInput>;
