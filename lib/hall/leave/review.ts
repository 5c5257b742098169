import "server-only";
import { db } from "@/lib/core/db";
import { can } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { findAbConflictsMany } from "./conflicts";
import { namesOf } from "./queries";

/**
 * Leave requests waiting for the caller's decision (reviewer desk, /hall/leave): REQUESTED leave
 * of the caller's own unit — or of the whole subtree with `includeSubUnits` — never the caller's
 * own. Each row carries the ORG-42 conflict recomputed now (the flag stored at request time may be
 * stale), with the counterpart, window and days, so conflicts can be highlighted.
 */
export async function getPendingLeaveDecisions(scope: Scope, opts: { includeSubUnits?: boolean } = {}) {
  if (!can(scope, "hall.review")) return { rows: [], isWindowLead: false, substitutes: [] };
  const rows = await scopedDb(scope).staffLeave.findMany({
    where: { status: "REQUESTED", NOT: { userId: scope.userId }, ...(opts.includeSubUnits ? {} : { orgUnitId: scope.orgUnitId }) },
    orderBy: { startsAt: "asc" },
    take: 50,
  });
  // One batch for all rows (3 queries), not ~3 per row.
  const conflicts = await findAbConflictsMany(rows);
  const [names, units, substitutes] = await Promise.all([
    namesOf([...rows.map((r) => r.userId), ...conflicts.flat().map((c) => c.counterpartId)]),
    db.orgUnit.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.orgUnitId))] } }, select: { id: true, name: true } }),
    db.user.findMany({
      where: { orgUnitId: { in: [...new Set(rows.map((r) => r.orgUnitId))] }, active: true, role: { in: ["CLERK", "REVIEWER"] } },
      orderBy: { displayName: "asc" },
      select: { id: true, displayName: true, orgUnitId: true },
      take: 300,
    }),
  ]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  return {
    isWindowLead: scope.capabilities.includes("WINDOW_LEAD"),
    substitutes,
    rows: rows.map((r, i) => ({
      id: r.id, version: r.version, userId: r.userId, orgUnitId: r.orgUnitId, type: r.type, startsAt: r.startsAt, endsAt: r.endsAt, reason: r.reason,
      requester: names.get(r.userId) ?? "—", unitName: unitName.get(r.orgUnitId) ?? "—", createdAt: r.createdAt,
      abConflict: conflicts[i].length > 0,
      conflicts: conflicts[i].map((c) => ({ counterpart: names.get(c.counterpartId) ?? "—", counterpartId: c.counterpartId, windowNo: c.windowNo, days: c.days })),
    })),
  };
}
export type PendingLeave = Awaited<ReturnType<typeof getPendingLeaveDecisions>>["rows"][number];
