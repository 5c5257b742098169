import "server-only";
import type { Tx } from "@/lib/core/db";
import { writeAudit, type AuditActor } from "@/lib/core/audit";
import type { EvalChannel, EvaluatorType, Prisma, Satisfaction } from "@/lib/generated/prisma/client";
import { cleanScores, isBadRating } from "../rating-rules";
import { openBadReview } from "./open-bad-review";

export type EvaluationRow = {
  channel: EvalChannel;
  evaluatorType: EvaluatorType;
  unit: { id: string; path: string };
  windowId?: string | null;
  staffUserId?: string | null;
  caseId?: string | null;
  serviceItemCode?: string | null;
  overall: Satisfaction;
  indicatorScores?: Record<string, unknown> | null;
  comment?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  paperAttachmentId?: string | null;
  enteredById?: string | null;
  invitationId?: string | null;
  /** Idempotency key of a staff entry form (unique). */
  submissionKey?: string | null;
};

/**
 * Appends one evaluation (append-only, EVA-05) and — for a bad rating (AMB-37) — opens its loop in
 * the same transaction (EVA-04). realName = both a name and a phone were given; a review with no
 * phone cannot be revisited, so its loop is anonymous (AMB-51). The audit diff holds no contact data.
 */
export async function recordEvaluation(tx: Tx, row: EvaluationRow, actor: AuditActor | null, now = new Date()) {
  const set = await tx.evaluationIndicatorSet.findFirst({
    where: { purpose: "ROUTINE", active: true }, orderBy: { setVersion: "desc" }, select: { id: true },
  });
  const scores = cleanScores(row.indicatorScores);
  const evaluation = await tx.evaluation.create({
    data: {
      channel: row.channel, evaluatorType: row.evaluatorType, indicatorSetId: set?.id ?? null, orgUnitId: row.unit.id, orgPath: row.unit.path,
      windowId: row.windowId ?? null, staffUserId: row.staffUserId ?? null, caseId: row.caseId ?? null, serviceItemCode: row.serviceItemCode ?? null,
      overall: row.overall, indicatorScores: (scores ?? undefined) as Prisma.InputJsonValue | undefined, comment: row.comment ?? null,
      realName: !!row.contactName && !!row.contactPhone, contactName: row.contactName ?? null, contactPhone: row.contactPhone ?? null,
      submittedAt: now, paperAttachmentId: row.paperAttachmentId ?? null, enteredById: row.enteredById ?? null, invitationId: row.invitationId ?? null,
      submissionKey: row.submissionKey ?? null,
    },
  });
  await writeAudit(tx, actor ?? {}, {
    action: "CREATE", entityType: "Evaluation", entityId: evaluation.id, orgPath: evaluation.orgPath,
    diff: { channel: evaluation.channel, overall: evaluation.overall, caseId: evaluation.caseId, realName: evaluation.realName },
  });
  const badReview = isBadRating(row.overall)
    ? await openBadReview(tx, {
      source: "EVALUATION", orgUnitId: row.unit.id, evaluationId: evaluation.id, staffUserId: evaluation.staffUserId,
      windowId: evaluation.windowId, serviceItemCode: evaluation.serviceItemCode, caseId: evaluation.caseId,
      description: evaluation.comment, contactName: evaluation.contactName, contactPhone: evaluation.contactPhone, actor, createdById: row.enteredById ?? null,
    }, now)
    : null;
  return { evaluation, badReview };
}
