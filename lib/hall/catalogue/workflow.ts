// §3.12.1 / §2.6: the catalogue item machine as data. DRAFT → REVIEWED (city reviewer, not an
// author of the draft) → PUBLISHED (city admin) → RETIRED. lib/core/workflow.ts enforces it and
// writes history + audit; screens ask availableTransitions() which buttons to show.
import type { ServiceItemStatus } from "@/lib/generated/prisma/enums";
import { defineWorkflow, type GuardContext } from "@/lib/core/workflow-rules";

export type ServiceItemAction = "review" | "return" | "publish" | "retire";

/** authorIds: everyone who created or edited this version (computed by the service). */
export type ServiceItemFacts = { authorIds?: string[] };

/**
 * ORG-30 four-eyes for the catalogue: the draft has no "submit" step, so the engine's generic
 * rule has nothing to compare with; this guard names the authors instead.
 */
export function notAuthorRefusal(ctx: GuardContext<ServiceItemStatus>): string | null {
  const authors = (ctx.record.facts as ServiceItemFacts | undefined)?.authorIds ?? [];
  return authors.includes(ctx.actor.userId) ? "不能审核本人起草或修改的事项" : null;
}

export const serviceItemWorkflow = defineWorkflow<ServiceItemStatus, ServiceItemAction>({
  entityType: "ServiceItem",
  transitions: [
    { from: ["DRAFT"], action: "review", to: "REVIEWED", label: "审核通过", kind: "approve", roles: ["REVIEWER"], levels: ["CITY"], guard: notAuthorRefusal },
    { from: ["REVIEWED"], action: "return", to: "DRAFT", label: "退回修改", kind: "return", roles: ["ADMIN"], levels: ["CITY"], reasonRequired: true },
    { from: ["REVIEWED"], action: "publish", to: "PUBLISHED", label: "发布公开", kind: "other", roles: ["ADMIN"], levels: ["CITY"] },
    { from: ["PUBLISHED"], action: "retire", to: "RETIRED", label: "停用", kind: "other", roles: ["ADMIN"], levels: ["CITY"], reasonRequired: true },
  ],
});
