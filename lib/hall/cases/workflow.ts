// SPEC §3.12.2 (with errata A5) / DB3702 §7.6, §7.8, §7.9: the service-case machine as data.
// lib/core/workflow.ts enforces it and writes history + audit; screens ask availableTransitions().
//
// "Who" is decided by facts the service computes (lib/hall/cases/responsibility.ts):
// - handlerIds: the first handler, plus their A/B counterpart while the first handler is away
//   (HALL-31, §7.8.4) or after a hand-over that lists the case (ORG-44);
// - the REVIEWER steps (approval of a forwarded case, withdrawal) need a reviewer of the hall.
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { defineWorkflow, type GuardContext } from "@/lib/core/workflow-rules";

export type CaseAction =
  | "markIncomplete"
  | "refuse"
  | "accept"
  | "start"
  | "forward"
  | "returnForCorrection"
  | "complete"
  | "approveComplete"
  | "withdraw"
  | "returnBySecondNotice";

export type CaseFacts = {
  /** Users who may act as the case's handler right now (HALL-30/31). */
  handlerIds: string[];
  /** Every mandatory material is OK or NA (§7.9.2). */
  materialsComplete: boolean;
  /** An issued notice lists missing (d) or defective (e) materials not yet satisfied. */
  hasIncompleteNotice: boolean;
  /** An issued notice says "not in scope" (a) or gives a refusal reason (f). */
  hasRefusalNotice: boolean;
};

export const OPEN_CASE_STATUSES: readonly CaseStatus[] = ["REGISTERED", "PENDING_MATERIALS", "ACCEPTED", "IN_PROGRESS", "AWAITING_APPROVAL"];
/** Statuses with a running clock (accepted and not finished). */
export const CLOCKED_CASE_STATUSES: readonly CaseStatus[] = ["ACCEPTED", "IN_PROGRESS", "AWAITING_APPROVAL"];

function facts(ctx: GuardContext<CaseStatus>): CaseFacts {
  return (ctx.record.facts ?? {}) as CaseFacts;
}

/** §7.8.1 首办负责: only the first handler (or the counterpart standing in) acts on the case. */
export function handlerRefusal(ctx: GuardContext<CaseStatus>): string | null {
  return facts(ctx).handlerIds?.includes(ctx.actor.userId) ? null : "该办件由首办人负责办理；首办人不在岗时由其AB角补位";
}

const needsIncompleteNotice = (ctx: GuardContext<CaseStatus>) =>
  handlerRefusal(ctx) ?? (facts(ctx).hasIncompleteNotice ? null : "请先出具一次性告知单，列明需补交或补正的全部材料");

const needsRefusalNotice = (ctx: GuardContext<CaseStatus>) =>
  handlerRefusal(ctx) ?? (facts(ctx).hasRefusalNotice ? null : "不予受理须先出具一次性告知单，写明不属于本窗口职权（及有权部门）或不予办理的理由");

const needsCompleteMaterials = (ctx: GuardContext<CaseStatus>) =>
  handlerRefusal(ctx) ?? (facts(ctx).materialsComplete ? null : "必需材料尚未全部核验齐全，不能受理");

const HANDLERS = ["CLERK", "REVIEWER"] as const;

export const caseWorkflow = defineWorkflow<CaseStatus, CaseAction>({
  entityType: "ServiceCase",
  transitions: [
    // §7.9.2 / HALL-01: incomplete or defective materials → one notice listing all of them.
    { from: ["REGISTERED"], action: "markIncomplete", to: "PENDING_MATERIALS", label: "材料不全，一次性告知", kind: "other", roles: HANDLERS, guard: needsIncompleteNotice },
    // §7.6 a / f, HALL-02: out of remit (referred) or not acceptable.
    { from: ["REGISTERED"], action: "refuse", to: "NOT_ACCEPTED", label: "不予受理", kind: "other", roles: HANDLERS, guard: needsRefusalNotice },
    { from: ["REGISTERED", "PENDING_MATERIALS"], action: "accept", to: "ACCEPTED", label: "材料齐全，受理", kind: "other", roles: HANDLERS, guard: needsCompleteMaterials },
    { from: ["ACCEPTED"], action: "start", to: "IN_PROGRESS", label: "开始办理", kind: "other", roles: HANDLERS, guard: handlerRefusal },
    { from: ["IN_PROGRESS"], action: "forward", to: "AWAITING_APPROVAL", label: "报上级审批", kind: "submit", roles: HANDLERS, guard: handlerRefusal },
    // Errata A5: a return for correction after acceptance stops the clock (AMB-12).
    { from: ["IN_PROGRESS", "AWAITING_APPROVAL"], action: "returnForCorrection", to: "PENDING_MATERIALS", label: "退回补正", kind: "other", roles: HANDLERS, guard: needsIncompleteNotice },
    { from: ["IN_PROGRESS"], action: "complete", to: "COMPLETED", label: "办结", kind: "other", roles: HANDLERS, guard: handlerRefusal },
    // A forwarded case is decided by a reviewer who did not forward it (ORG-30, via the engine).
    { from: ["AWAITING_APPROVAL"], action: "approveComplete", to: "COMPLETED", label: "审批并办结", kind: "approve", roles: ["REVIEWER"] },
    // HALL-01: a reviewer who gives the reason for a second notice of an accepted case returns it
    // for correction in the same step, so the clock stops when the notice is issued (AMB-12, errata A5).
    { from: ["IN_PROGRESS", "AWAITING_APPROVAL"], action: "returnBySecondNotice", to: "PENDING_MATERIALS", label: "二次告知并退回补正", kind: "other", roles: ["REVIEWER"],
      guard: (ctx) => (facts(ctx).hasIncompleteNotice ? null : "须先出具列明补正材料的告知单") },
    // SPEC: "client withdraws, or no response for 60 days after 2 reminders — first handler + REVIEWER".
    { from: ["PENDING_MATERIALS"], action: "withdraw", to: "WITHDRAWN", label: "撤回办件", kind: "other", roles: ["REVIEWER"], reasonRequired: true },
  ],
});
