import "server-only";
import type { Tx } from "@/lib/core/db";
import { writeAudit, type AuditActor } from "@/lib/core/audit";
import { loadOverrides } from "@/lib/core/calendar";
import { todayInShanghai } from "@/lib/core/calendar-math";
import type { BadReviewSource } from "@/lib/generated/prisma/enums";
import { writeReminders } from "@/lib/reminders/notify";
import { stepDueDate } from "../bad-review-steps";
import { stepAssignees } from "../bad-review-assignees";
import { BAD_REVIEW_SOURCE_LABELS } from "../labels";

export type OpenBadReviewInput = {
  source: BadReviewSource;
  /** The evaluated unit (for a case: its hall). */
  orgUnitId: string;
  evaluationId?: string | null;
  staffUserId?: string | null;
  windowId?: string | null;
  serviceItemCode?: string | null;
  caseId?: string | null;
  /** The client's words (the evaluation comment, the complaint, the return-visit note). */
  description?: string | null;
  /** Whom to revisit. Without a phone the loop is anonymous and skips REVISITING (AMB-51). */
  contactName?: string | null;
  contactPhone?: string | null;
  /** Who opened it; null for the public QR page (no user). */
  actor: AuditActor | null;
  createdById?: string | null;
  /** Idempotency key of a complaint entry form (unique). */
  submissionKey?: string | null;
};

/**
 * EVA-04: opens a bad-review loop in status FOUND, in the CALLER'S transaction — a bad rating and
 * its loop exist together or not at all. Used by the evaluation services (AMB-37 差评), complaint
 * entry and the follow-up module for an unsatisfied return visit (source RETURN_VISIT).
 * The verifying reviewers get an inbox reminder with the step's due date (R-EVA-1).
 */
export async function openBadReview(tx: Tx, input: OpenBadReviewInput, now = new Date()) {
  const unit = await tx.orgUnit.findUniqueOrThrow({ where: { id: input.orgUnitId }, select: { id: true, path: true, level: true, name: true } });
  const due = stepDueDate("FOUND", todayInShanghai(now), await loadOverrides());
  const c = await tx.badReviewCase.create({
    data: {
      source: input.source, evaluationId: input.evaluationId ?? null, orgUnitId: unit.id, unitLevel: unit.level, orgPath: unit.path,
      staffUserId: input.staffUserId ?? null, windowId: input.windowId ?? null, serviceItemCode: input.serviceItemCode ?? null,
      caseId: input.caseId ?? null, description: input.description ?? null, status: "FOUND",
      anonymous: !input.contactPhone, contactName: input.contactPhone ? input.contactName ?? null : null, contactPhone: input.contactPhone ?? null,
      stepDueDate: due ? new Date(`${due}T00:00:00.000Z`) : null, foundAt: now, createdAt: now, createdById: input.createdById ?? null,
      submissionKey: input.submissionKey ?? null,
    },
  });
  await writeAudit(tx, input.actor ?? {}, {
    action: "CREATE", entityType: "BadReviewCase", entityId: c.id, orgPath: c.orgPath,
    diff: { source: c.source, evaluationId: c.evaluationId, caseId: c.caseId, anonymous: c.anonymous, stepDueDate: due },
  });
  const assignees = (await stepAssignees(tx, [c])).get(c.id) ?? [];
  await writeReminders(tx, assignees.map((userId) => ({
    ruleId: "R-EVA-1", entityType: "BadReviewCase", entityId: c.id, assigneeUserId: userId, level: "WARN" as const,
    message: `${unit.name}收到一条${BAD_REVIEW_SOURCE_LABELS[c.source]}，请在${due}前受理核实（差评闭环）`,
    href: `/evaluation/bad-reviews/${c.id}`, dueDate: due, fireKey: `R-EVA-1:${c.id}:FOUND:${userId}`, orgPath: c.orgPath,
  })));
  return c;
}
