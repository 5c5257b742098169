import "server-only";
import { addDays, todayInShanghai } from "@/lib/core/calendar-math";
import { can } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import type { OrgLevel } from "@/lib/generated/prisma/enums";

const dayStart = (date: string) => new Date(`${date}T00:00:00+08:00`);

/**
 * 我的工作台: the figures that exist so far, per role, every one confined to the caller's
 * subtree through scopedDb. Each figure is one COUNT served by an (orgPath, …) index.
 */
export async function getDeskSummary(scope: Scope, now = new Date()) {
  const sdb = scopedDb(scope);
  const today = todayInShanghai(now);
  const isAdmin = scope.role === "ADMIN";
  const [persons, personsLast30Days, admin, auditToday, myActivity] = await Promise.all([
    sdb.person.count({ where: { deletedAt: null } }),
    sdb.person.count({ where: { deletedAt: null, createdAt: { gte: dayStart(addDays(today, -30)) } } }),
    isAdmin ? adminFigures(scope, now) : null,
    can(scope, "audit.read") ? sdb.auditEvent.count({ where: { at: { gte: dayStart(today) } } }) : null,
    sdb.auditEvent.findMany({
      where: { userId: scope.userId },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: 10,
      select: { id: true, at: true, action: true, entityType: true, reason: true },
    }),
  ]);
  return {
    today,
    persons,
    personsLast30Days,
    admin,
    auditToday,
    myActivity: myActivity.map((e) => ({ ...e, id: String(e.id) })),
  };
}

async function adminFigures(scope: Scope, now: Date) {
  const sdb = scopedDb(scope);
  const [users, lockedUsers, mustChangePassword, units] = await Promise.all([
    sdb.user.count({ where: { active: true } }),
    sdb.user.count({ where: { active: true, lockedUntil: { gt: now } } }),
    sdb.user.count({ where: { active: true, mustChangePassword: true } }),
    sdb.orgUnit.groupBy({ by: ["level"], where: { active: true, id: { not: scope.orgUnitId } }, _count: { _all: true } }),
  ]);
  const subUnits: Partial<Record<OrgLevel, number>> = {};
  for (const u of units) subUnits[u.level] = u._count._all;
  return { users, lockedUsers, mustChangePassword, subUnits };
}

export type DeskSummary = Awaited<ReturnType<typeof getDeskSummary>>;
