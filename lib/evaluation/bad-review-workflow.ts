// §9.2.1 差评发现—问题核实—反馈整改—问题回访—改进提升, as a transition table on the core engine
// (SPEC §3.14.1 state machine, errata B6). lib/core/workflow.ts checks state, role, level, guard
// and four-eyes and writes history + audit; screens ask availableTransitions() for the forms.
import type { BadReviewStatus, OrgLevel } from "@/lib/generated/prisma/enums";
import { defineWorkflow, type GuardContext } from "@/lib/core/workflow-rules";
import { closerLevelOf } from "./bad-review-steps";

export type BadReviewAction =
  | "take" | "markInvalid" | "confirmInvalid" | "rejectInvalid" | "confirmValid"
  | "rectify" | "rectifyAnonymous" | "revisitSatisfied" | "revisitDissatisfied" | "close";

/** What the guards read about a case; computed by the service from the case and the org tree. */
export type BadReviewFacts = {
  unitId: string;
  unitLevel: OrgLevel;
  /** The evaluated unit's ancestors, nearest first. */
  ancestorUnitIds: string[];
  /**
   * The unit whose reviewers verify (errata B6): the evaluated unit when it has an active REVIEWER
   * other than the evaluated staff member, else the NEAREST ancestor that has one; null = none.
   */
  verifierUnitId: string | null;
  staffUserId: string | null;
  anonymous: boolean;
  rectifiedById: string | null;
  /** After the second loop the parent unit's reviewers may act too (§3.14.1 "escalates"). */
  escalated: boolean;
};

type Ctx = GuardContext<BadReviewStatus>;
const factsOf = (ctx: Ctx) => ctx.record.facts as BadReviewFacts;

/**
 * The reviewer of the evaluated unit, or — when it has none — of the nearest ancestor that has one
 * (errata B6): a city reviewer does not verify a street's case while the district has a reviewer.
 */
function unitReviewerRefusal(ctx: Ctx): string | null {
  const f = factsOf(ctx);
  const unit = ctx.actor.orgUnitId;
  if (ctx.actor.role !== "REVIEWER") return "须由审核人员办理";
  if (unit === undefined) return "须由被评价单位的审核人员办理";
  if (unit === f.unitId || unit === f.verifierUnitId) return null;
  if (f.escalated && unit === f.ancestorUnitIds[0]) return null;
  return "须由被评价单位的审核人员办理（该单位无审核人员时由最近的有审核人员的上级单位办理）";
}

/** EVA-05: the evaluated staff member never verifies or judges a review of their own work. */
function notEvaluatedStaff(ctx: Ctx): string | null {
  return factsOf(ctx).staffUserId === ctx.actor.userId ? "被评价人员本人不能核实或确认涉及本人的差评" : null;
}

function verifierRefusal(ctx: Ctx): string | null {
  return notEvaluatedStaff(ctx) ?? unitReviewerRefusal(ctx);
}

/** "responsible staff or unit": the evaluated staff member rectifies, or a reviewer of the unit. */
function rectifierRefusal(ctx: Ctx): string | null {
  if (factsOf(ctx).staffUserId === ctx.actor.userId) return null;
  return unitReviewerRefusal(ctx) && "须由责任人员或被评价单位的审核人员整改";
}

function revisitRefusal(ctx: Ctx): string | null {
  if (factsOf(ctx).rectifiedById === ctx.actor.userId) return "回访须由整改人以外的审核人员办理";
  return verifierRefusal(ctx);
}

/** Errata B6: DISTRICT closes TOWN/VILLAGE cases, CITY closes DISTRICT and CITY cases. */
function closerRefusal(ctx: Ctx): string | null {
  const f = factsOf(ctx);
  const unit = ctx.actor.orgUnitId;
  const levelOk = ctx.actor.level === closerLevelOf(f.unitLevel);
  const placeOk = unit !== undefined && (f.ancestorUnitIds.includes(unit) || (f.unitLevel === "CITY" && unit === f.unitId));
  if (!levelOk || !placeOk) {
    return "须由上级审核人员办理：区（市）审核人员负责镇（街道）、村（社区）差评，市级审核人员负责区（市）和市级差评";
  }
  return notEvaluatedStaff(ctx);
}

const anonymousOnly = (ctx: Ctx) => (factsOf(ctx).anonymous ? null : "服务对象留有联系方式，整改后须回访");
const withContactOnly = (ctx: Ctx) => (factsOf(ctx).anonymous ? "匿名评价无法回访，请选择“整改完成（匿名无法回访）”" : null);

const STAFF = ["CLERK", "REVIEWER"] as const;

export const badReviewWorkflow = defineWorkflow<BadReviewStatus, BadReviewAction>({
  entityType: "BadReviewCase",
  transitions: [
    { from: ["FOUND"], action: "take", to: "VERIFYING", label: "受理核实", kind: "other", roles: ["REVIEWER"], guard: verifierRefusal },
    // "evidence required"; the parent level confirms (kind submit → approve: never the same person).
    { from: ["VERIFYING"], action: "markInvalid", to: "INVALID_PENDING", label: "核实不属实，报上级确认", kind: "submit", roles: ["REVIEWER"], guard: verifierRefusal },
    { from: ["INVALID_PENDING"], action: "confirmInvalid", to: "INVALID", label: "确认不属实", kind: "approve", roles: ["REVIEWER"], levels: ["DISTRICT", "CITY"], guard: closerRefusal },
    { from: ["INVALID_PENDING"], action: "rejectInvalid", to: "VERIFYING", label: "退回重新核实", kind: "return", roles: ["REVIEWER"], levels: ["DISTRICT", "CITY"], guard: closerRefusal, reasonRequired: true },
    { from: ["VERIFYING"], action: "confirmValid", to: "RECTIFYING", label: "核实属实，转入整改", kind: "other", roles: ["REVIEWER"], guard: verifierRefusal },
    // The rectification is "submitted": the revisit that approves it is four-eyes (ORG-30).
    { from: ["RECTIFYING"], action: "rectify", to: "REVISITING", label: "提交整改和反馈", kind: "submit", roles: STAFF, guard: (c) => withContactOnly(c) ?? rectifierRefusal(c) },
    { from: ["RECTIFYING"], action: "rectifyAnonymous", to: "IMPROVING", label: "整改完成（匿名无法回访）", kind: "submit", roles: STAFF, guard: (c) => anonymousOnly(c) ?? rectifierRefusal(c) },
    { from: ["REVISITING"], action: "revisitSatisfied", to: "IMPROVING", label: "回访完成，转入改进提升", kind: "approve", roles: ["REVIEWER"], guard: revisitRefusal },
    { from: ["REVISITING"], action: "revisitDissatisfied", to: "RECTIFYING", label: "回访不满意，重新整改", kind: "return", roles: ["REVIEWER"], guard: revisitRefusal },
    { from: ["IMPROVING"], action: "close", to: "CLOSED", label: "改进完成，闭环", kind: "approve", roles: ["REVIEWER"], levels: ["DISTRICT", "CITY"], guard: closerRefusal },
  ],
});
