import "server-only";
import { db } from "@/lib/core/db";
import { actorOf } from "@/lib/core/actor";
import { FieldError } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { ComplaintInput } from "../schemas";
import { caseTarget, unitTarget } from "./evaluated-target";
import { openBadReview } from "./open-bad-review";

/**
 * AMB-37: a complaint (投诉) is a bad review too. A clerk records it and the loop opens in FOUND
 * with source COMPLAINT, about a case (its hall, window and first handler) or a unit of the scope.
 */
export async function recordComplaint(scope: Scope, raw: ComplaintInput, now = new Date()) {
  assertCan(scope, "eval.loop");
  const input = parseInput(ComplaintInput, raw);
  return db.$transaction(async (tx) => {
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
      actor: actorOf(scope), createdById: scope.userId,
    }, now);
    return { id: c.id };
  });
}
