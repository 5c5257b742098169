import "server-only";
import { db } from "@/lib/core/db";
import { actorOf } from "@/lib/core/actor";
import { Conflict, FieldError, isUniqueViolation } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { ComplaintInput } from "../schemas";
import { caseTarget, unitTarget } from "./evaluated-target";
import { openBadReview } from "./open-bad-review";

/**
 * AMB-37: a complaint (投诉) is a bad review too. A clerk records it and the loop opens in FOUND
 * with source COMPLAINT, about a case (its hall, window and first handler) or a unit of the scope.
 * A double submit opens one loop: the form's submissionKey is unique, and a repeat returns the loop
 * the first submit opened.
 */
export async function recordComplaint(scope: Scope, raw: ComplaintInput, now = new Date()) {
  assertCan(scope, "eval.loop");
  const input = parseInput(ComplaintInput, raw);
  const earlier = await complaintOfKey(scope, input.submissionKey);
  if (earlier) return earlier;
  try {
    return await db.$transaction(async (tx) => {
      const target = input.caseNo ? await caseTarget(tx, scope, input.caseNo, { completed: false }) : await unitTarget(tx, scope, input);
      let itemCode = target.serviceItemCode;
      if (!itemCode && input.serviceItemCode) {
        const item = await tx.serviceItem.findFirst({ where: { code: input.serviceItemCode.toUpperCase() }, select: { code: true } });
        if (!item) throw new FieldError("serviceItemCode", "服务事项编码不存在");
        itemCode = item.code;
      }
      const c = await openBadReview(tx, {
        source: "COMPLAINT", orgUnitId: target.unit.id, staffUserId: target.staffUserId, windowId: target.windowId, caseId: target.caseId,
        serviceItemCode: itemCode, description: input.description, contactName: input.contactName, contactPhone: input.contactPhone,
        actor: actorOf(scope), createdById: scope.userId, submissionKey: input.submissionKey ?? null,
      }, now);
      return { id: c.id };
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    // A concurrent twin of this submit committed first: answer as it did.
    const twin = await complaintOfKey(scope, input.submissionKey);
    if (twin) return twin;
    throw e;
  }
}

/** The loop already opened under this form's key, when the caller opened it. */
async function complaintOfKey(scope: Scope, key: string | undefined) {
  if (!key) return null;
  const c = await db.badReviewCase.findUnique({ where: { submissionKey: key }, select: { id: true, createdById: true } });
  if (!c) return null;
  if (c.createdById !== scope.userId) throw new Conflict("该表单已提交过，请刷新页面后重新登记");
  return { id: c.id };
}
