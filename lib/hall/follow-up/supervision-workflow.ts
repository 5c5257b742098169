// §7.4.2 督导落实: "对办理效果不理想、政策落实不到位的，做好督导落实，对工作形成再推动、再促进".
// The supervision task's machine as data. The supervised unit rectifies and reports; a reviewer
// who did not report it verifies (ORG-30 four-eyes through the engine: resolve is the submit).
import type { SupervisionStatus } from "@/lib/generated/prisma/enums";
import { defineWorkflow, type GuardContext } from "@/lib/core/workflow-rules";

export type SupervisionAction = "start" | "resolve" | "verify" | "reopen";
export type SupervisionFacts = { assigneeOrgUnitId: string };

/** The supervised unit's own staff carry out the rectification. */
function assigneeUnitRefusal(ctx: GuardContext<SupervisionStatus>): string | null {
  const facts = (ctx.record.facts ?? {}) as SupervisionFacts;
  return ctx.actor.orgUnitId && ctx.actor.orgUnitId === facts.assigneeOrgUnitId ? null : "督导任务由被督导单位的工作人员整改落实";
}

const STAFF = ["CLERK", "REVIEWER"] as const;

export const supervisionWorkflow = defineWorkflow<SupervisionStatus, SupervisionAction>({
  entityType: "SupervisionTask",
  transitions: [
    { from: ["OPEN"], action: "start", to: "IN_PROGRESS", label: "开始整改", kind: "other", roles: STAFF, guard: assigneeUnitRefusal },
    { from: ["OPEN", "IN_PROGRESS"], action: "resolve", to: "RESOLVED", label: "整改完成，提请核验", kind: "submit", roles: STAFF, guard: assigneeUnitRefusal },
    { from: ["RESOLVED"], action: "verify", to: "VERIFIED", label: "核验通过", kind: "approve", roles: ["REVIEWER"] },
    { from: ["RESOLVED"], action: "reopen", to: "IN_PROGRESS", label: "核验不通过，退回整改", kind: "return", roles: ["REVIEWER"], reasonRequired: true },
  ],
});
