import "server-only";
import type { Db } from "@/lib/core/db";
import type { Role } from "@/lib/generated/prisma/enums";

// Batched look-ups the rules share (no N+1): who holds a role in a set of units, and the units
// themselves (to climb to the parent for X-42's second escalation step).

export type UnitRef = { id: string; parentId: string | null; path: string; name: string };

/** Active users holding one of `roles`, per unit id. One query for any number of units. */
export async function staffOfUnits(db: Db, unitIds: readonly string[], roles: readonly Role[]): Promise<Map<string, string[]>> {
  const ids = [...new Set(unitIds)];
  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const users = await db.user.findMany({
    where: { orgUnitId: { in: ids }, role: { in: [...roles] }, active: true },
    select: { id: true, orgUnitId: true },
    orderBy: { createdAt: "asc" },
  });
  for (const u of users) out.get(u.orgUnitId)!.push(u.id);
  return out;
}

export async function unitsByIds(db: Db, ids: readonly string[]): Promise<Map<string, UnitRef>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.orgUnit.findMany({ where: { id: { in: unique } }, select: { id: true, parentId: true, path: true, name: true } });
  return new Map(rows.map((u) => [u.id, u]));
}

export async function unitsByPaths(db: Db, paths: readonly string[]): Promise<Map<string, UnitRef>> {
  const unique = [...new Set(paths)];
  if (unique.length === 0) return new Map();
  const rows = await db.orgUnit.findMany({ where: { path: { in: unique } }, select: { id: true, parentId: true, path: true, name: true } });
  return new Map(rows.map((u) => [u.path, u]));
}

/**
 * The reviewers of each unit and of its parent (X-42 steps 1 and 2), in two queries: the units
 * (for their parents) and the reviewers of all of them.
 */
export async function reviewersWithParents(db: Db, unitIds: readonly string[]) {
  const units = await unitsByIds(db, unitIds);
  const parentIds = [...units.values()].map((u) => u.parentId).filter((x): x is string => !!x);
  const reviewers = await staffOfUnits(db, [...units.keys(), ...parentIds], ["REVIEWER"]);
  return {
    units,
    ofUnit: (unitId: string) => reviewers.get(unitId) ?? [],
    ofParent: (unitId: string) => {
      const parentId = units.get(unitId)?.parentId;
      return parentId ? (reviewers.get(parentId) ?? []) : [];
    },
  };
}
