// IC-09: a change to the core fields of an approved profile passes the same review chain as the
// profile itself (§3.1.4), as its own small machine on the same engine. The live profile keeps
// its values until the city approves; lib/ic/change-sets/services.ts applies them then.
import type { ChangeSetStatus } from "@/lib/generated/prisma/enums";
import { defineWorkflow } from "@/lib/core/workflow-rules";
import { initialReviewerRefusal } from "@/lib/ic/workflow";

export type ChangeSetAction = "submit" | "approveInitial" | "approveDistrict" | "approveCity" | "return" | "withdraw";

/** Facts as for a profile: the initial-review unit of the profile's owner (AMB-05). */
export type ChangeSetFacts = { initialReviewUnitId?: string };

export const changeSetWorkflow = defineWorkflow<ChangeSetStatus, ChangeSetAction>({
  entityType: "ProfileChangeSet",
  transitions: [
    { from: ["DRAFT"], action: "submit", to: "PENDING_INITIAL", label: "提交变更", kind: "submit", roles: ["CLERK", "REVIEWER"] },
    {
      from: ["PENDING_INITIAL"], action: "approveInitial", to: "PENDING_DISTRICT", label: "初审通过", kind: "approve",
      roles: ["REVIEWER"], levels: ["VILLAGE", "TOWN"], guard: initialReviewerRefusal,
    },
    { from: ["PENDING_DISTRICT"], action: "approveDistrict", to: "PENDING_CITY", label: "区级审核通过", kind: "approve", roles: ["REVIEWER"], levels: ["DISTRICT"] },
    { from: ["PENDING_CITY"], action: "approveCity", to: "APPROVED", label: "市级审核通过（变更生效）", kind: "approve", roles: ["REVIEWER"], levels: ["CITY"] },
    { from: ["PENDING_INITIAL"], action: "return", to: "RETURNED", label: "退回", kind: "return", roles: ["REVIEWER"], levels: ["VILLAGE", "TOWN"], reasonRequired: true, guard: initialReviewerRefusal },
    { from: ["PENDING_DISTRICT"], action: "return", to: "RETURNED", label: "退回", kind: "return", roles: ["REVIEWER"], levels: ["DISTRICT"], reasonRequired: true },
    { from: ["PENDING_CITY"], action: "return", to: "RETURNED", label: "退回", kind: "return", roles: ["REVIEWER"], levels: ["CITY"], reasonRequired: true },
    // The collecting side may take a change back before a higher level has started on it; a
    // returned set is closed this way and a corrected one is composed afresh.
    { from: ["DRAFT", "PENDING_INITIAL", "RETURNED"], action: "withdraw", to: "WITHDRAWN", label: "撤回", kind: "other", roles: ["CLERK", "REVIEWER"], levels: ["VILLAGE", "TOWN", "DISTRICT"] },
  ],
});

/** A set in these states blocks a second one on the same profile (one change at a time). */
export const OPEN_CHANGE_SET_STATUSES: ChangeSetStatus[] = ["DRAFT", "PENDING_INITIAL", "PENDING_DISTRICT", "PENDING_CITY"];
