import "server-only";
import { db } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { Conflict, FieldError, Forbidden, InvalidTransition } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { writeReminders } from "@/lib/reminders/notify";
import { ReassignCaseInput } from "../schemas";
import { assertVersion, loadCaseForHallWrite } from "../load";
import { OPEN_CASE_STATUSES } from "../workflow";

/**
 * §7.8.4 / HALL-31: the first handler is fixed; a permanent change needs the window lead's
 * approval with a reason. The new handler must be an active clerk or reviewer of the receiving hall.
 */
export async function reassignCase(scope: Scope, raw: ReassignCaseInput) {
  assertCan(scope, "hall.handle");
  if (!scope.capabilities.includes("WINDOW_LEAD")) throw new Forbidden("改派首办人须经窗口负责人同意");
  const input = parseInput(ReassignCaseInput, raw);
  return db.$transaction(async (tx) => {
    const c = await loadCaseForHallWrite(scope, input.caseId, tx);
    assertVersion(c, input.version);
    if (!OPEN_CASE_STATUSES.includes(c.status)) throw new InvalidTransition("已办结的办件不能改派");
    if (input.toUserId === c.firstHandlerId) throw new FieldError("toUserId", "新首办人与原首办人相同");
    const to = await tx.user.findFirst({
      where: { id: input.toUserId, orgUnitId: c.hallOrgUnitId, active: true, role: { in: ["CLERK", "REVIEWER"] } },
      select: { id: true, displayName: true },
    });
    if (!to) throw new FieldError("toUserId", "请选择受理单位在岗的窗口工作人员");
    const { count } = await tx.serviceCase.updateMany({
      where: { id: c.id, version: c.version },
      data: { firstHandlerId: to.id, reassignedCount: { increment: 1 }, version: { increment: 1 }, updatedById: scope.userId },
    });
    if (count !== 1) throw new Conflict();
    await writeReminders(tx, [{
      ruleId: "HALL-31", entityType: "ServiceCase", entityId: c.id, assigneeUserId: to.id, level: "INFO",
      message: `办件 ${c.caseNo}（${c.itemName}）已改派由您首办：${input.reason}`, href: `/hall/cases/${c.id}`,
      fireKey: `HALL-31:${c.id}:${c.version}`, orgPath: c.hallOrgPath,
    }]);
    await writeAudit(tx, actorOf(scope), {
      action: "UPDATE", entityType: "ServiceCase", entityId: c.id, personId: c.clientPersonId, orgPath: c.hallOrgPath,
      reason: input.reason, diff: { firstHandlerId: { from: c.firstHandlerId, to: to.id } },
    });
    return { firstHandlerId: to.id };
  });
}
