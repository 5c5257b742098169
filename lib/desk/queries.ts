import "server-only";
import { addDays, todayInShanghai } from "@/lib/core/calendar-math";
import { can } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import type { OrgLevel } from "@/lib/generated/prisma/enums";
import { LRUCache } from "lru-cache";

const dayStart = (date: string) => new Date(`${date}T00:00:00+08:00`);

/**
 * 我的工作台: the figures that exist so far, per role, every one confined to the caller's
 * subtree through scopedDb. Each figure is one COUNT served by an (orgPath, …) index.
 */
export async function getDeskSummary(scope: Scope, now = new Date()) {
  const sdb = scopedDb(scope);
  const today = todayInShanghai(now);
  const isAdmin = scope.role === "ADMIN";
  const [registry, admin, auditToday, myActivity] = await Promise.all([
    registryFigures(scope, today),
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
    persons: registry.persons,
    personsLast30Days: registry.personsLast30Days,
    admin,
    auditToday,
    myActivity: myActivity.map((e) => ({ ...e, id: String(e.id) })),
  };
}

// A city-wide COUNT over 300,000 persons costs ~190 ms (bench: home-city). The registry size
// moves slowly, so each subtree's figures are computed at most once a minute per process, and
// concurrent requests for the same subtree share one computation (lru-cache's fetch).
const registryCache = new LRUCache<string, { persons: number; personsLast30Days: number }, { scope: Scope; today: string }>({
  max: 2000,
  ttl: 60_000,
  fetchMethod: async (_key, _stale, { context }) => {
    const sdb = scopedDb(context.scope);
    const [persons, personsLast30Days] = await Promise.all([
      sdb.person.count({ where: { deletedAt: null } }),
      sdb.person.count({ where: { deletedAt: null, createdAt: { gte: dayStart(addDays(context.today, -30)) } } }),
    ]);
    return { persons, personsLast30Days };
  },
});

async function registryFigures(scope: Scope, today: string) {
  return (await registryCache.fetch(`${scope.orgPath}|${today}`, { context: { scope, today } }))!;
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
