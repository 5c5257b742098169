import "server-only";
import { db } from "@/lib/core/db";
import { loadUnitInScope, orgInScope, type Scope } from "@/lib/core/scope";

/**
 * The unit a hall screen works on: the caller's own unit by default, or a unit of the subtree the
 * caller picked (a town admin keeps the windows of its communities, §2.2). Out of scope = NotFound.
 */
export async function loadHallUnit(scope: Scope, orgUnitId?: string | null) {
  return loadUnitInScope(scope, orgUnitId || scope.orgUnitId);
}

/** Units of the subtree that run a hall or a window (AMB-13), for the unit picker; own unit first. */
export async function listHallUnits(scope: Scope) {
  const units = await db.orgUnit.findMany({
    where: { ...orgInScope(scope), active: true, OR: [{ hasServiceHall: true }, { lunchDutyRequired: true }, { id: scope.orgUnitId }] },
    orderBy: [{ path: "asc" }],
    select: { id: true, name: true, level: true, path: true },
    take: 500,
  });
  return units;
}
