import "server-only";
import type { Tx } from "@/lib/core/db";
import { db } from "@/lib/core/db";
import type { Scope } from "@/lib/core/scope";

// AMB-05: the initial review is done by a reviewer of the owning village; when the village has no
// active reviewer, by its town. A village-reviewed record goes straight to the district.
// (`Config ic.townReviewOfVillage`, a second town pass, is not offered yet: the state machine has
// one initial step.) Org units and reviewer rosters are structure, not personal data, so these
// lookups read them unscoped; the records they decide about are still loaded through the scope.

/** The unit whose reviewer does the initial step for a record owned by `orgUnitId`. */
export async function initialReviewUnitId(client: Tx, orgUnitId: string): Promise<string> {
  const unit = await client.orgUnit.findUnique({
    where: { id: orgUnitId },
    select: { id: true, level: true, parentId: true, _count: { select: { users: { where: { role: "REVIEWER", active: true } } } } },
  });
  if (!unit) return orgUnitId;
  if (unit.level !== "VILLAGE" || unit._count.users > 0 || !unit.parentId) return unit.id;
  return unit.parentId;
}

/**
 * Paths of the units whose initial review the caller's unit does: its own, plus (for a town) the
 * villages below it without an active reviewer. Records are owned at exactly these paths, so the
 * queue filter is an `orgPath IN (…)` that the (orgPath, status, statusSince) index serves.
 */
export async function initialReviewPaths(scope: Pick<Scope, "orgUnitId" | "orgPath" | "level">): Promise<string[]> {
  if (scope.level === "VILLAGE") return [scope.orgPath];
  if (scope.level !== "TOWN") return [];
  const orphans = await db.orgUnit.findMany({
    where: { parentId: scope.orgUnitId, level: "VILLAGE", users: { none: { role: "REVIEWER", active: true } } },
    select: { path: true },
  });
  return [scope.orgPath, ...orphans.map((u) => u.path)];
}
