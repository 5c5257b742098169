// IC-11 / ORG-23 as data on the shared engine (history + audit in the same transaction). The
// service computes which side of the transfer the caller is on (facts), because the engine's
// scope check sees one path per record and a transfer has two.
import type { TransferStatus } from "@/lib/generated/prisma/enums";
import { defineWorkflow, type GuardContext } from "@/lib/core/workflow-rules";

export type TransferFacts = { receiving?: boolean; sending?: boolean; requestedById?: string };
const facts = (ctx: GuardContext<TransferStatus>) => (ctx.record.facts ?? {}) as TransferFacts;

const receivingReviewer = (ctx: GuardContext<TransferStatus>) => {
  if (!facts(ctx).receiving) return "应由迁入单位的审核人员办理";
  // ORG-30 in spirit: whoever asked for the move does not also accept it.
  return facts(ctx).requestedById === ctx.actor.userId ? "不能接收本人发起的迁移" : null;
};

export type TransferAction = "accept" | "reject" | "cancel";

export const transferWorkflow = defineWorkflow<TransferStatus, TransferAction>({
  entityType: "ProfileTransfer",
  transitions: [
    { from: ["REQUESTED"], action: "accept", to: "ACCEPTED", label: "接收", kind: "approve", roles: ["REVIEWER"], levels: ["VILLAGE", "TOWN"], guard: receivingReviewer },
    { from: ["REQUESTED"], action: "reject", to: "REJECTED", label: "拒绝接收", kind: "reject", roles: ["REVIEWER"], levels: ["VILLAGE", "TOWN"], reasonRequired: true, guard: receivingReviewer },
    {
      from: ["REQUESTED"], action: "cancel", to: "CANCELLED", label: "撤销迁移", kind: "other", roles: ["CLERK", "REVIEWER"],
      guard: (ctx) => (facts(ctx).sending ? null : "应由迁出单位撤销"),
    },
  ],
});

export type AccessAction = "approve" | "reject";

/** ORG-23: the owning unit's reviewer decides a service-access or transfer request. */
export const accessRequestWorkflow = defineWorkflow<TransferStatus, AccessAction>({
  entityType: "ServiceAccessRequest",
  transitions: [
    { from: ["REQUESTED"], action: "approve", to: "ACCEPTED", label: "同意", kind: "approve", roles: ["REVIEWER"], levels: ["VILLAGE", "TOWN"] },
    { from: ["REQUESTED"], action: "reject", to: "REJECTED", label: "不同意", kind: "reject", roles: ["REVIEWER"], levels: ["VILLAGE", "TOWN"], reasonRequired: true },
  ],
});
