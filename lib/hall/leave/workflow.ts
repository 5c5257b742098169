// SPEC §3.13.1 StaffLeave (§5.2.1 请销假) as data: request → approve / reject; cancel before it
// starts; 销假 after it started. lib/core/workflow.ts writes history + audit for every step.
import type { LeaveStatus } from "@/lib/generated/prisma/enums";
import { defineWorkflow, type GuardContext } from "@/lib/core/workflow-rules";
import { LEAVE_CONFLICT_MESSAGE } from "./rules";

export type LeaveAction = "approve" | "reject" | "cancel" | "reportReturn";

export type LeaveFacts = {
  requesterId: string;
  /** The leave has begun (startsAt ≤ now). */
  started: boolean;
  /** STF-07: why approving now is too late, if it is. */
  approvalTimingProblem: string | null;
  /** ORG-42: the A/B counterpart has approved leave overlapping this one. */
  abConflict: boolean;
  /** ORG-42 / AMB-14: a WINDOW_LEAD gave a reason and a substitute. */
  override: boolean;
};

function facts(ctx: GuardContext<LeaveStatus>): LeaveFacts {
  return (ctx.record.facts ?? {}) as LeaveFacts;
}

/** §2.2 "approve exceptions (leave overlap)": never one's own leave (ORG-30). */
function approverRefusal(ctx: GuardContext<LeaveStatus>): string | null {
  return facts(ctx).requesterId === ctx.actor.userId ? "不能审批本人的请假" : null;
}

function approveGuard(ctx: GuardContext<LeaveStatus>): string | null {
  const f = facts(ctx);
  return approverRefusal(ctx) ?? f.approvalTimingProblem ?? (f.abConflict && !f.override ? LEAVE_CONFLICT_MESSAGE : null);
}

const requesterOnly = (ctx: GuardContext<LeaveStatus>) => (facts(ctx).requesterId === ctx.actor.userId ? null : "只有请假人本人可以办理");

const ALL = ["CLERK", "REVIEWER", "ADMIN"] as const;

export const leaveWorkflow = defineWorkflow<LeaveStatus, LeaveAction>({
  entityType: "StaffLeave",
  transitions: [
    { from: ["REQUESTED"], action: "approve", to: "APPROVED", label: "批准", kind: "approve", roles: ["REVIEWER"], guard: approveGuard },
    { from: ["REQUESTED"], action: "reject", to: "REJECTED", label: "不予批准", kind: "reject", roles: ["REVIEWER"], reasonRequired: true, guard: approverRefusal },
    {
      from: ["REQUESTED", "APPROVED"], action: "cancel", to: "CANCELLED", label: "撤销请假", kind: "other", roles: ALL,
      guard: (ctx) => requesterOnly(ctx) ?? (facts(ctx).started ? "请假已开始，不能撤销；返岗后请销假" : null),
    },
    {
      from: ["APPROVED"], action: "reportReturn", to: "RETURNED", label: "销假", kind: "other", roles: ALL,
      guard: (ctx) => requesterOnly(ctx) ?? (facts(ctx).started ? null : "请假尚未开始，不需要销假；不再休假请撤销"),
    },
  ],
});
