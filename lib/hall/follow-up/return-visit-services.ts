import "server-only";
import { db } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { loadOverrides } from "@/lib/core/calendar";
import { Conflict, NotFound } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import { inScope, type Scope } from "@/lib/core/scope";
import { SATISFACTION_LABELS } from "@/lib/evaluation/labels";
import { openBadReview } from "@/lib/evaluation/services/open-bad-review";
import { POLICY_IMPLEMENTED_LABELS, SERVICE_EFFECT_LABELS } from "@/lib/hall/labels";
import { RecordReturnVisitInput } from "./schemas";
import { openSupervisionTask } from "./open-supervision-task";

/** §9.2.1 差评发现: a return visit rated below 基本满意 opens the bad-review loop. */
const UNSATISFIED = new Set(["DISSATISFIED", "VERY_DISSATISFIED"]);

/**
 * §7.4.2 回访: records the visit (method, satisfaction, policy implementation, effect, feedback).
 * "对办理效果不理想、政策落实不到位的，做好督导落实": effect POOR or policy not FULL opens a
 * SupervisionTask for the hall; an unsatisfied client opens a bad-review loop (EVA-04, source
 * RETURN_VISIT) through the evaluation module's openBadReview — all in one transaction.
 */
export async function recordReturnVisit(scope: Scope, raw: RecordReturnVisitInput, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(RecordReturnVisitInput, raw);
  const overrides = await loadOverrides();
  return db.$transaction(async (tx) => {
    const visit = await tx.returnVisit.findFirst({ where: { id: input.id, ...inScope(scope) } });
    if (!visit) throw new NotFound("回访记录不存在或不在您的管辖范围内");
    if (visit.version !== input.version || visit.status !== "PENDING") throw new Conflict("该回访已被登记或修改，请刷新后查看");
    const c = await tx.serviceCase.findUniqueOrThrow({
      where: { id: visit.caseId },
      select: {
        id: true, caseNo: true, itemName: true, itemCode: true, clientPersonId: true, firstHandlerId: true, windowId: true,
        hallOrgUnitId: true, client: { select: { name: true, mobile: true } },
      },
    });
    const hall = await tx.orgUnit.findUniqueOrThrow({ where: { id: c.hallOrgUnitId }, select: { id: true, path: true, parentId: true } });
    const { count } = await tx.returnVisit.updateMany({
      where: { id: visit.id, version: visit.version, status: "PENDING" },
      data: {
        status: "DONE", visitedAt: now, visitedById: scope.userId, method: input.method, satisfaction: input.satisfaction,
        policyImplemented: input.policyImplemented, effect: input.effect, feedback: input.feedback ?? null, version: { increment: 1 },
      },
    });
    if (count !== 1) throw new Conflict();
    await writeAudit(tx, actorOf(scope), {
      action: "UPDATE", entityType: "ReturnVisit", entityId: visit.id, personId: c.clientPersonId, orgPath: visit.orgPath,
      diff: { status: { from: "PENDING", to: "DONE" }, method: input.method, satisfaction: input.satisfaction, policyImplemented: input.policyImplemented, effect: input.effect },
    });

    let supervisionTaskId: string | null = null;
    if (input.effect === "POOR" || input.policyImplemented !== "FULL") {
      const feedback = input.feedback ? `服务对象反馈：${input.feedback}` : "";
      const task = await openSupervisionTask(tx, scope, {
        origin: "RETURN_VISIT", sourceId: visit.id, unit: hall, notUserId: c.firstHandlerId,
        issue: `回访发现办件 ${c.caseNo}（${c.itemName}）办理效果${SERVICE_EFFECT_LABELS[input.effect]}、政策${POLICY_IMPLEMENTED_LABELS[input.policyImplemented]}。${feedback}`,
      }, overrides, now);
      supervisionTaskId = task.id;
      await tx.returnVisit.update({ where: { id: visit.id }, data: { supervisionTaskId } });
    }

    let badReviewId: string | null = null;
    if (UNSATISFIED.has(input.satisfaction)) {
      const loop = await openBadReview(tx, {
        source: "RETURN_VISIT", orgUnitId: hall.id, staffUserId: c.firstHandlerId, windowId: c.windowId, serviceItemCode: c.itemCode,
        caseId: c.id, description: input.feedback ?? `回访满意度：${SATISFACTION_LABELS[input.satisfaction]}`,
        contactName: c.client.name, contactPhone: c.client.mobile, actor: actorOf(scope), createdById: scope.userId,
      }, now);
      badReviewId = loop.id;
    }
    return { supervisionTaskId, badReviewId };
  });
}
