import "server-only";
import { db } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { Conflict, FieldError, InvalidTransition, isUniqueViolation } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { assertHandler, loadCaseInScope } from "@/lib/hall/cases/load";
import { CLOCKED_CASE_STATUSES } from "@/lib/hall/cases/workflow";
import { toDateColumn } from "@/lib/hall/cases/due-date";
import { closingTimeOf } from "./closing-time";
import { ExtendedDecisionInput } from "./schemas";

/**
 * HALL-10 (§7.1.1 日清服务): at closing time the handler says, per open case, "延时办理" (who
 * stays) or "不具备条件" with the reason (AMB-57). One decision per case and day; completeCase
 * marks the case `extendedService` when it finishes after closing under an EXTEND.
 */
export async function decideExtendedService(scope: Scope, raw: ExtendedDecisionInput, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(ExtendedDecisionInput, raw);
  const c = await loadCaseInScope(scope, input.caseId);
  // A case waiting for the client's materials cannot be finished today (not 具备办理条件).
  if (!CLOCKED_CASE_STATUSES.includes(c.status)) throw new InvalidTransition("只有已受理、办理中或待上级审批的办件需要作出延时服务决定");
  await assertHandler(db, scope, c, now);
  const staffIds = input.decision === "EXTEND" ? [...new Set(input.staffIds?.length ? input.staffIds : [scope.userId])] : [];
  if (staffIds.length) {
    const ok = await db.user.count({ where: { id: { in: staffIds }, orgUnitId: c.hallOrgUnitId, active: true } });
    if (ok !== staffIds.length) throw new FieldError("staffIds", "延时服务人员须为本大厅在岗工作人员");
  }
  const hall = await db.orgUnit.findUniqueOrThrow({ where: { id: c.hallOrgUnitId }, select: { workingHours: true } });
  const today = todayInShanghai(now);
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.extendedService.create({
        data: {
          caseId: c.id, date: toDateColumn(today), closingTime: closingTimeOf(hall.workingHours), decision: input.decision,
          reason: input.reason ?? null, staffIds, decidedById: scope.userId, orgPath: c.hallOrgPath,
        },
      });
      await writeAudit(tx, actorOf(scope), {
        action: "CREATE", entityType: "ExtendedService", entityId: row.id, personId: c.clientPersonId, orgPath: c.hallOrgPath,
        diff: { caseId: c.id, caseNo: c.caseNo, date: today, decision: row.decision, staffIds, reason: row.reason },
      });
      return row;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new Conflict("该办件今日已作出延时服务决定");
    throw e;
  }
}
