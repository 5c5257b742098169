import "server-only";
import { db } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { loadOverrides } from "@/lib/core/calendar";
import { Conflict, Forbidden, InvalidTransition, NotFound } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { DecideExtensionInput, RequestExtensionInput } from "../schemas";
import { assertHandler, assertVersion, loadCaseInScope } from "../load";
import { dateOnly, extendedDueDate, toDateColumn } from "../due-date";
import { CLOCKED_CASE_STATUSES } from "../workflow";
import { writeReminders } from "@/lib/reminders/notify";

/**
 * SPEC §3.12.2 "extend due date — REVIEWER, reason; at most one extension (Rec.)": the handler
 * asks, a reviewer of the hall who did not ask decides. Only an accepted case has a clock to extend.
 */
export async function requestExtension(scope: Scope, raw: RequestExtensionInput, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(RequestExtensionInput, raw);
  const overrides = await loadOverrides();
  return db.$transaction(async (tx) => {
    const c = await loadCaseInScope(scope, input.caseId, tx);
    assertVersion(c, input.version);
    await assertHandler(tx, scope, c, now);
    if (!CLOCKED_CASE_STATUSES.includes(c.status) || !c.dueDate) throw new InvalidTransition("只有已受理、未办结的办件可以申请延期");
    // Serialise per case: two clicks must not file two requests.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"ext:" + c.id}))`;
    const earlier = await tx.caseExtension.findFirst({ where: { caseId: c.id, status: { in: ["REQUESTED", "APPROVED"] } } });
    if (earlier?.status === "APPROVED") throw new InvalidTransition("每个办件只能延期一次，该办件已延期");
    if (earlier) throw new Conflict("该办件已有待审批的延期申请");
    const from = dateOnly(c.dueDate)!;
    const ext = await tx.caseExtension.create({
      data: {
        caseId: c.id, workingDays: input.workingDays, fromDueDate: c.dueDate, proposedDueDate: toDateColumn(extendedDueDate(from, input.workingDays, overrides)),
        reason: input.reason, requestedById: scope.userId, requestedAt: now, orgPath: c.hallOrgPath,
      },
    });
    const reviewers = await tx.user.findMany({ where: { orgUnitId: c.hallOrgUnitId, role: "REVIEWER", active: true }, select: { id: true } });
    await writeReminders(tx, reviewers.map((r) => ({
      ruleId: "HALL-EXT", entityType: "CaseExtension", entityId: ext.id, assigneeUserId: r.id, level: "INFO" as const,
      message: `办件 ${c.caseNo}（${c.itemName}）申请延期${input.workingDays}个工作日，待您审批`, href: `/hall/cases/${c.id}`,
      fireKey: `HALL-EXT:${ext.id}:${r.id}`, orgPath: c.hallOrgPath,
    })));
    await writeAudit(tx, actorOf(scope), {
      action: "CREATE", entityType: "CaseExtension", entityId: ext.id, personId: c.clientPersonId, orgPath: c.hallOrgPath,
      reason: input.reason, diff: { caseNo: c.caseNo, workingDays: input.workingDays, proposedDueDate: dateOnly(ext.proposedDueDate) },
    });
    return ext;
  });
}

export async function decideExtension(scope: Scope, raw: DecideExtensionInput, now = new Date()) {
  assertCan(scope, "hall.review");
  const input = parseInput(DecideExtensionInput, raw);
  const ext = await scopedDb(scope).caseExtension.findFirst({ where: { id: input.extensionId } });
  if (!ext) throw new NotFound("延期申请不存在或不在您的管辖范围内");
  if (ext.status !== "REQUESTED") throw new InvalidTransition("该延期申请已处理");
  if (ext.requestedById === scope.userId) throw new Forbidden("不能审批本人提出的延期申请");
  return db.$transaction(async (tx) => {
    const c = await loadCaseInScope(scope, ext.caseId, tx);
    if (input.approve && (!CLOCKED_CASE_STATUSES.includes(c.status) || !c.dueDate)) throw new InvalidTransition("办件已办结或未在办理中，不能延期");
    const { count } = await tx.caseExtension.updateMany({
      where: { id: ext.id, version: input.version, status: "REQUESTED" },
      data: { status: input.approve ? "APPROVED" : "REFUSED", decidedById: scope.userId, decidedAt: now, decisionNote: input.note ?? null, version: { increment: 1 } },
    });
    if (count !== 1) throw new Conflict();
    if (input.approve) {
      // From the due date in force now (a pause since the request may have moved it), in working days.
      const due = toDateColumn(extendedDueDate(dateOnly(c.dueDate)!, ext.workingDays, await loadOverrides()));
      const updated = await tx.serviceCase.updateMany({
        where: { id: c.id, version: c.version },
        data: { extendedDueDate: due, dueDate: due, version: { increment: 1 }, updatedById: scope.userId },
      });
      if (updated.count !== 1) throw new Conflict("该办件已被他人更新，请刷新后重试");
    }
    await writeAudit(tx, actorOf(scope), {
      action: input.approve ? "APPROVE" : "REJECT", entityType: "CaseExtension", entityId: ext.id, personId: c.clientPersonId,
      orgPath: c.hallOrgPath, reason: input.note, diff: { caseNo: c.caseNo, from: dateOnly(c.dueDate), to: input.approve ? "extended" : "unchanged" },
    });
    return { status: input.approve ? "APPROVED" : "REFUSED" };
  });
}

