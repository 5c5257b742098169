import { z } from "zod";
import { optionalField } from "@/lib/core/validators/common";

// §7.1 延时服务 and 午间服务 (SPEC §3.12.5, HALL-10 … HALL-12). Client-safe.

const id = z.string({ error: "缺少记录编号" }).min(1, "缺少记录编号").max(40);
const version = z.number().int().nonnegative();
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export const RosterWeekInput = z.object({
  orgUnitId: optionalField(z.string().max(40)),
  weekStart: z.string({ error: "请选择周一日期" }).trim().regex(DATE_RE, "请选择周一日期"),
});
export type RosterWeekInput = z.input<typeof RosterWeekInput>;

export const RosterGenerateInput = RosterWeekInput.extend({
  staffPerDay: z.number({ error: "请填写每日值班人数" }).int("每日值班人数应为整数").min(1, "每日至少安排1人").max(5, "每日值班不超过5人"),
});
export type RosterGenerateInput = z.input<typeof RosterGenerateInput>;

export const RosterDayInput = z.object({
  id,
  version,
  dutyUserIds: z.array(z.string().min(1).max(40), { error: "请至少选择1名值班人员" }).min(1, "请至少选择1名值班人员").max(10, "值班人员不超过10人"),
  windowIds: z.array(z.string().min(1).max(40), { error: "请至少选择1个值班窗口" }).min(1, "请至少选择1个值班窗口").max(50),
});
export type RosterDayInput = z.input<typeof RosterDayInput>;

export const DutyLogInput = z.object({
  id,
  version,
  clientsServed: z.number({ error: "请填写接待人数" }).int("接待人数应为整数").min(0, "接待人数不能为负数").max(1000, "接待人数不超过1000"),
  logNote: optionalField(z.string().trim().max(500, "值班记录不超过500个字")),
});
export type DutyLogInput = z.input<typeof DutyLogInput>;

export const EXTENDED_DECISIONS = ["EXTEND", "NOT_READY"] as const;

export const ExtendedDecisionInput = z
  .object({
    caseId: id,
    decision: z.enum(EXTENDED_DECISIONS, { error: "请选择延时办理或不具备条件" }),
    /** Staff who stay (延时办理); the deciding handler when empty. */
    staffIds: z.array(z.string().min(1).max(40)).max(10, "延时服务人员不超过10人").optional(),
    reason: optionalField(z.string().trim().max(500, "原因不超过500个字")),
  })
  .superRefine((v, ctx) => {
    // AMB-57: the handler judges 具备办理条件; "不具备条件" is reported with its reason.
    if (v.decision === "NOT_READY" && (!v.reason || v.reason.length < 2)) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "请填写不具备延时办理条件的原因" });
    }
  });
export type ExtendedDecisionInput = z.input<typeof ExtendedDecisionInput>;
