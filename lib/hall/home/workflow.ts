// SPEC §3.12.7 / DB3702 §7.3 (AMB-10 with errata B10): the home-service machine as data.
// lib/core/workflow.ts enforces it and writes history + audit; screens ask availableTransitions().
import type { HomeServiceResult, HomeServiceStatus } from "@/lib/generated/prisma/enums";
import { defineWorkflow, type GuardContext } from "@/lib/core/workflow-rules";

export type HomeAction = "request" | "confirmEligible" | "approveException" | "reject" | "schedule" | "visit" | "close";

export type HomeFacts = {
  /** §7.3.1 a) the item needs on-site authentication: the catalogue's 需现场认证, never the clerk's answer. */
  needsOnSiteAuthentication: boolean;
  serviceStaffIds: string[];
  /** The agreed visit time has come (its day, Shanghai). */
  visitDayReached: boolean;
  result: HomeServiceResult | null;
  /** The linked case has come to an end (completed, not accepted or withdrawn). */
  caseFinal: boolean;
  assistCreated: boolean;
};

const HANDLERS = ["CLERK", "REVIEWER"] as const;
const f = (ctx: GuardContext<HomeServiceStatus>) => (ctx.record.facts ?? {}) as HomeFacts;

// AMB-10 / errata B10: a) and b) are both required; b) is confirmed with the decision. Without a),
// only a reviewer's exception (Rec.) makes the client eligible — otherwise proxy service fits.
const eligibleRefusal = (ctx: GuardContext<HomeServiceStatus>) =>
  f(ctx).needsOnSiteAuthentication ? null : "该事项无需现场认证（§7.3.1 a），上门服务须经审核人员批准例外；也可引导改为代办服务（§7.5）";

const exceptionRefusal = (ctx: GuardContext<HomeServiceStatus>) =>
  f(ctx).needsOnSiteAuthentication ? "需现场认证的申请由工作人员直接确认，无需例外批准" : null;

function visitRefusal(ctx: GuardContext<HomeServiceStatus>): string | null {
  const x = f(ctx);
  if (!x.serviceStaffIds.includes(ctx.actor.userId)) return "由安排的上门服务人员登记服务结果";
  return x.visitDayReached ? null : "约定的上门日期未到";
}

/** "→ CLOSED (case completed within the promised date, or proxy request created)". */
function closeRefusal(ctx: GuardContext<HomeServiceStatus>): string | null {
  const x = f(ctx);
  if (x.result === "PROXY") return x.assistCreated ? null : "尚未登记代办委托";
  return x.caseFinal ? null : "办件尚未办结，办结后方可结束上门服务";
}

export const homeWorkflow = defineWorkflow<HomeServiceStatus, HomeAction>({
  entityType: "HomeServiceRequest",
  transitions: [
    // Written by the request service itself (from nowhere): marks the requester for ORG-30.
    { from: [], action: "request", to: "REQUESTED", label: "上门服务申请", kind: "submit", roles: HANDLERS },
    { from: ["REQUESTED"], action: "confirmEligible", to: "ELIGIBLE", label: "确认符合条件", kind: "other", roles: HANDLERS, guard: eligibleRefusal },
    { from: ["REQUESTED"], action: "approveException", to: "ELIGIBLE", label: "批准例外（无需现场认证）", kind: "approve", roles: ["REVIEWER"], reasonRequired: true, guard: exceptionRefusal },
    { from: ["REQUESTED"], action: "reject", to: "REJECTED", label: "不符合条件", kind: "other", roles: HANDLERS, reasonRequired: true },
    // §7.3.2 c; a scheduled visit may be re-arranged with the applicant.
    { from: ["ELIGIBLE", "SCHEDULED"], action: "schedule", to: "SCHEDULED", label: "约定上门时间", kind: "other", roles: HANDLERS },
    { from: ["SCHEDULED"], action: "visit", to: "VISITED", label: "登记上门服务结果", kind: "other", roles: HANDLERS, guard: visitRefusal },
    { from: ["VISITED"], action: "close", to: "CLOSED", label: "结束上门服务", kind: "other", roles: HANDLERS, guard: closeRefusal },
  ],
});

/** Results that register a case in the case engine (§7.3.3). */
export const CASE_RESULTS: readonly HomeServiceResult[] = ["COMPLETED_ON_SITE", "ACCEPTED_WITH_DEADLINE"];
