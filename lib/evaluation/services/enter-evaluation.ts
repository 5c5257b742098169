import "server-only";
import { db, type Tx } from "@/lib/core/db";
import { actorOf } from "@/lib/core/actor";
import { Conflict, FieldError, isUniqueViolation } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import { inScope, type Scope } from "@/lib/core/scope";
import { StaffEvaluationInput } from "../schemas";
import { recordEvaluation } from "./record-evaluation";
import { caseTarget, unitTarget } from "./evaluated-target";

const SCAN_USED = "该扫描件已用于另一条评价，请重新上传";
const CASE_RATED = "该办件已有评价，每件办件只能评价一次";

/**
 * Staff entry of a paper evaluation form or a window rating device (EVA-01, errata B1). For a case
 * the evaluated unit, window and staff come from the case (one rating per case); otherwise from
 * the chosen unit in scope. EVA-05: the evaluated staff member never enters their own rating.
 * Evaluations are append-only: there is no edit (a DB trigger refuses UPDATE/DELETE).
 * A double submit stores one row: the form's submissionKey is unique (a rating without a case has
 * no other key to collide on), the caseId and the scan are unique too; a repeat of an entry that
 * was stored returns that entry, any other collision is a FieldError on its field.
 */
export async function enterEvaluation(scope: Scope, raw: StaffEvaluationInput, now = new Date()) {
  assertCan(scope, "eval.enter");
  const input = parseInput(StaffEvaluationInput, raw);
  const earlier = await entryOfKey(scope, input.submissionKey);
  if (earlier) return earlier;
  try {
    return await db.$transaction(async (tx) => {
      const target = input.caseNo ? await caseTarget(tx, scope, input.caseNo, { completed: true }) : await unitTarget(tx, scope, input);
      if (target.staffUserId === scope.userId) {
        throw new FieldError(input.caseNo ? "caseNo" : "staffUserId", "被评价人员本人不能录入对自己的评价，请由其他工作人员录入");
      }
      if (input.paperAttachmentId) await assertScanUsable(tx, scope, input.paperAttachmentId);
      if (target.caseId) {
        // The QR invitation of this case is spent too: one rating per case, whichever channel came first.
        await tx.evaluationInvitation.updateMany({ where: { caseId: target.caseId, usedAt: null }, data: { usedAt: now } });
      }
      const { evaluation, badReview } = await recordEvaluation(tx, {
        channel: input.channel, evaluatorType: input.evaluatorType, ...target, overall: input.overall,
        indicatorScores: input.indicatorScores, comment: input.comment, contactName: input.contactName, contactPhone: input.contactPhone,
        paperAttachmentId: input.channel === "PAPER" ? input.paperAttachmentId : null, enteredById: scope.userId,
        submissionKey: input.submissionKey ?? null,
      }, actorOf(scope), now);
      return { id: evaluation.id, badReviewId: badReview?.id ?? null };
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    // A concurrent twin of this submit committed first: answer as it did.
    const twin = await entryOfKey(scope, input.submissionKey);
    if (twin) return twin;
    if (input.channel === "PAPER" && input.paperAttachmentId) {
      const used = await db.evaluation.findUnique({ where: { paperAttachmentId: input.paperAttachmentId }, select: { id: true } });
      if (used) throw new FieldError("paperAttachmentId", SCAN_USED);
    }
    throw new FieldError("caseNo", CASE_RATED);
  }
}

/** The entry already stored under this form's key, when it is the caller's own. */
async function entryOfKey(scope: Scope, key: string | undefined) {
  if (!key) return null;
  const e = await db.evaluation.findUnique({ where: { submissionKey: key }, select: { id: true, enteredById: true } });
  if (!e) return null;
  if (e.enteredById !== scope.userId) throw new Conflict("该表单已提交过，请刷新页面后重新录入");
  const loop = await db.badReviewCase.findUnique({ where: { evaluationId: e.id }, select: { id: true } });
  return { id: e.id, badReviewId: loop?.id ?? null };
}

/** The scan must be the caller's own fresh upload in scope, not attached to anything else. */
async function assertScanUsable(tx: Tx, scope: Scope, attachmentId: string) {
  const a = await tx.attachment.findFirst({
    where: { id: attachmentId, uploadedById: scope.userId, checkId: null, deletedAt: null, ...inScope(scope) },
    select: { id: true },
  });
  if (!a) throw new FieldError("paperAttachmentId", "评价表扫描件不存在，请重新上传");
  // Friendly message for the usual case; the unique key on paperAttachmentId decides a race.
  const used = await tx.evaluation.findFirst({ where: { paperAttachmentId: attachmentId }, select: { id: true } });
  if (used) throw new FieldError("paperAttachmentId", SCAN_USED);
}
