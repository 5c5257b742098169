import "server-only";
import type { Tx } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { addWorkingDays, todayInShanghai, type DayOverride } from "@/lib/core/calendar-math";
import type { Scope } from "@/lib/core/scope";
import type { SupervisionOrigin } from "@/lib/generated/prisma/enums";
import { writeReminders } from "@/lib/reminders/notify";

/** Working days the supervised unit has to rectify (Rec., X-43). */
export const SUPERVISION_DUE_WORKING_DAYS = 10;

/**
 * Opens a 督导落实 task for a unit in the caller's transaction (§7.4.2). The supervisor is a
 * reviewer of the unit (the longest-serving one, other than `notUserId`), or of its parent unit
 * when it has none; the supervisor finds the task in the inbox.
 */
export async function openSupervisionTask(
  tx: Tx,
  scope: Scope,
  input: { origin: SupervisionOrigin; sourceId: string; unit: { id: string; path: string; parentId: string | null }; issue: string; notUserId?: string | null },
  overrides: DayOverride,
  now = new Date(),
) {
  const supervisorId = await pickSupervisor(tx, input.unit, input.notUserId ?? null);
  const due = addWorkingDays(todayInShanghai(now), SUPERVISION_DUE_WORKING_DAYS, overrides);
  const task = await tx.supervisionTask.create({
    data: {
      origin: input.origin, sourceId: input.sourceId, assigneeOrgUnitId: input.unit.id, supervisorId, issue: input.issue.slice(0, 2000),
      dueDate: new Date(`${due}T00:00:00.000Z`), status: "OPEN", orgPath: input.unit.path, createdAt: now, createdById: scope.userId,
    },
  });
  await writeAudit(tx, actorOf(scope), {
    action: "CREATE", entityType: "SupervisionTask", entityId: task.id, orgPath: task.orgPath,
    diff: { origin: task.origin, sourceId: task.sourceId, supervisorId, dueDate: due },
  });
  if (supervisorId) {
    await writeReminders(tx, [{
      ruleId: "HALL-SUP", entityType: "SupervisionTask", entityId: task.id, assigneeUserId: supervisorId, level: "INFO", dueDate: due,
      message: `新的督导落实任务：${task.issue.slice(0, 60)}（整改期限 ${due}）`, href: `/hall/follow-up/supervision/${task.id}`,
      fireKey: `HALL-SUP:${task.id}:OPEN:${supervisorId}`, orgPath: task.orgPath,
    }]);
  }
  return task;
}

async function pickSupervisor(tx: Tx, unit: { id: string; parentId: string | null }, notUserId: string | null): Promise<string | null> {
  for (const unitId of [unit.id, unit.parentId].filter((x): x is string => !!x)) {
    const r = await tx.user.findFirst({
      where: { orgUnitId: unitId, role: "REVIEWER", active: true, ...(notUserId ? { id: { not: notUserId } } : {}) },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    if (r) return r.id;
  }
  return null;
}
