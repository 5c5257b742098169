import "server-only";
import { db } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { InvalidTransition } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { writeReminders } from "@/lib/reminders/notify";
import { RecordSupplementInput } from "../schemas";
import { loadCaseForHallWrite } from "../load";

/**
 * §7.8.3 / HALL-30: the client comes back with the missing materials. Whoever is at the window
 * takes them in; the case stays with its first handler and lands at the top of their queue,
 * whether or not they are at the front desk. Taking the materials changes no status: the first
 * handler (or the stand-in) checks them and accepts.
 */
export async function recordSupplement(scope: Scope, raw: RecordSupplementInput, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(RecordSupplementInput, raw);
  return db.$transaction(async (tx) => {
    const c = await loadCaseForHallWrite(scope, input.caseId, tx);
    if (c.status !== "PENDING_MATERIALS") throw new InvalidTransition("只有待补正的办件可以登记补交材料");
    await tx.serviceCase.update({
      where: { id: c.id },
      data: { supplementAt: now, supplementById: scope.userId, supplementNote: input.note, version: { increment: 1 } },
    });
    const by = scope.userId === c.firstHandlerId ? "本人" : scope.displayName;
    await writeReminders(tx, [{
      ruleId: "HALL-30", entityType: "ServiceCase", entityId: c.id, assigneeUserId: c.firstHandlerId, level: "INFO",
      message: `${c.caseNo}（${c.itemName}）服务对象已补交材料（${by}代收），请及时核验受理`, href: `/hall/cases/${c.id}`,
      fireKey: `HALL-30:${c.id}:${now.getTime()}`, orgPath: c.hallOrgPath,
    }]);
    await writeAudit(tx, actorOf(scope), {
      action: "UPDATE", entityType: "ServiceCase", entityId: c.id, personId: c.clientPersonId, orgPath: c.hallOrgPath,
      diff: { supplement: input.note, firstHandlerId: c.firstHandlerId },
    });
    return { firstHandlerId: c.firstHandlerId };
  });
}
