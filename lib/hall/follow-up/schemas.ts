import { z } from "zod";

// §7.4 follow-up: the tracking ledger (§7.4.1), the return-visit ledger (§7.4.2) and supervision
// (督导落实). Client-safe: the forms validate with the same schemas as the actions.

export const TRACKING_METHODS = ["ON_SITE_CHECK", "ACCOMPANY", "PHONE_FOLLOWUP"] as const;
export const RETURN_VISIT_METHODS = ["PHONE", "HOME", "SMS", "WINDOW"] as const;
export const SATISFACTIONS = ["VERY_SATISFIED", "SATISFIED", "BASIC", "DISSATISFIED", "VERY_DISSATISFIED"] as const;
export const POLICY_IMPLEMENTED = ["FULL", "PARTIAL", "NOT"] as const;
export const SERVICE_EFFECTS = ["GOOD", "FAIR", "POOR"] as const;
export const SUPERVISION_ACTIONS = ["start", "resolve", "verify", "reopen"] as const;

const id = z.string({ error: "缺少记录编号" }).min(1, "缺少记录编号").max(40);
const text = (label: string, max: number) =>
  z.string({ error: `请填写${label}` }).trim().min(1, `请填写${label}`).max(max, `${label}不超过${max}个字`);
const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label}不超过${max}个字`).optional().transform((v) => (v ? v : undefined));

export const TrackingEntryInput = z.object({
  caseId: id,
  method: z.enum(TRACKING_METHODS, { error: "请选择跟踪方式" }),
  progress: text("办理进度", 2000),
  nextStep: optionalText("下一步安排", 500),
  /** The newest entry the clerk saw (null: none yet). A newer one means someone else wrote first. */
  lastEntryId: z.string().max(40).nullable(),
});
export type TrackingEntryInput = z.input<typeof TrackingEntryInput>;

export const RecordReturnVisitInput = z.object({
  id,
  version: z.number().int().min(0),
  method: z.enum(RETURN_VISIT_METHODS, { error: "请选择回访方式" }),
  satisfaction: z.enum(SATISFACTIONS, { error: "请选择满意度" }),
  policyImplemented: z.enum(POLICY_IMPLEMENTED, { error: "请选择政策落实情况" }),
  effect: z.enum(SERVICE_EFFECTS, { error: "请选择办理效果" }),
  feedback: optionalText("反馈意见", 2000),
});
export type RecordReturnVisitInput = z.input<typeof RecordReturnVisitInput>;

function supervisionStep<A extends readonly [string, ...string[]]>(actions: A) {
  return z
    .object({
      id,
      version: z.number().int().min(0),
      action: z.enum(actions),
      /** 整改措施: required to resolve. */
      actions: optionalText("整改措施", 2000),
      /** Why the verification failed: required to reopen. */
      reason: optionalText("退回理由", 500),
    })
    .superRefine((v, ctx) => {
      if (v.action === "resolve" && !v.actions) ctx.addIssue({ code: "custom", path: ["actions"], message: "请填写整改落实情况" });
      if (v.action === "reopen" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "请填写核验不通过的理由" });
    });
}

export const SupervisionTransitionInput = supervisionStep(SUPERVISION_ACTIONS);
export type SupervisionTransitionInput = z.input<typeof SupervisionTransitionInput>;
/** The supervised unit's steps (hall.handle). */
export const SupervisionHandleInput = supervisionStep(["start", "resolve"] as const);
/** The reviewer's steps (hall.review). */
export const SupervisionReviewInput = supervisionStep(["verify", "reopen"] as const);
