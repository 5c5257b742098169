import "server-only";
import { db } from "@/lib/core/db";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { presenceOf } from "@/lib/hall/cases/responsibility";
import { staffRefs } from "@/lib/hall/windows/queries";
import { activeHandoversFrom, openCasesOf, pairsOfUser } from "./my-pairs";
import { LEAVING_STATUSES } from "./schemas";

/**
 * What the presence switcher needs: the stored presence (with its version), the effective one
 * (approved leave counts, see responsibility.ts), the user's pairs, and — for ORG-44 — the open
 * cases a hand-over would list, so the user sees them before leaving.
 */
export async function getPresenceContext(scope: Scope) {
  assertCan(scope, "hall.presence.self");
  const [row, effective, pairs, openCases, active] = await Promise.all([
    db.staffPresence.findUnique({ where: { userId: scope.userId } }),
    presenceOf(db, [scope.userId]),
    pairsOfUser(scope.userId),
    openCasesOf(scope),
    activeHandoversFrom(scope.userId),
  ]);
  const covered = new Set(active.flatMap((h) => h.pendingCaseIds));
  const counterparts = await staffRefs(pairs.map((p) => p.counterpartId));
  return {
    presence: row ? { status: row.status, note: row.note, since: row.since, version: row.version } : null,
    effectiveStatus: effective.get(scope.userId) ?? "ON_DUTY",
    pairs: pairs.map((p) => ({ windowNo: p.window.windowNo, windowName: p.window.name, myRole: p.myRole, counterpart: counterparts.get(p.counterpartId) ?? null })),
    openCases: openCases.filter((c) => !covered.has(c.id)).map((c) => ({ id: c.id, caseNo: c.caseNo, itemName: c.itemName, status: c.status })),
    /** ORG-44: leaving now would require a hand-over form. */
    handoverRequired: pairs.length > 0 && openCases.some((c) => !covered.has(c.id)),
    activeHandovers: active.length,
    leavingStatuses: LEAVING_STATUSES,
  };
}
export type PresenceContext = Awaited<ReturnType<typeof getPresenceContext>>;

/** Hand-overs addressed to the caller: unacknowledged first, then the recent acknowledged ones. */
export async function listHandoversToMe(scope: Scope, opts: { includeAcknowledged?: boolean } = {}) {
  assertCan(scope, "hall.presence.self");
  const rows = await scopedDb(scope).abHandover.findMany({
    where: { toUserId: scope.userId, ...(opts.includeAcknowledged ? {} : { acknowledgedAt: null }) },
    orderBy: [{ at: "desc" }],
    take: 30,
  });
  const caseIds = [...new Set(rows.flatMap((r) => r.pendingCaseIds))];
  const [cases, from, windows] = await Promise.all([
    scopedDb(scope).serviceCase.findMany({ where: { id: { in: caseIds } }, select: { id: true, caseNo: true, itemName: true, status: true } }),
    db.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.fromUserId))] } }, select: { id: true, displayName: true } }),
    scopedDb(scope).serviceWindow.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.windowId))] } }, select: { id: true, windowNo: true } }),
  ]);
  const caseOf = new Map(cases.map((c) => [c.id, c]));
  const nameOf = new Map(from.map((u) => [u.id, u.displayName]));
  const windowNoOf = new Map(windows.map((w) => [w.id, w.windowNo]));
  return rows.map((r) => ({
    id: r.id, version: r.version, at: r.at, reason: r.reason, presenceStatus: r.presenceStatus, notes: r.notes,
    acknowledgedAt: r.acknowledgedAt, endedAt: r.endedAt,
    fromName: nameOf.get(r.fromUserId) ?? "—", windowNo: windowNoOf.get(r.windowId) ?? "—",
    cases: r.pendingCaseIds.map((id) => caseOf.get(id)).filter((c): c is NonNullable<typeof c> => !!c),
  }));
}
export type HandoverView = Awaited<ReturnType<typeof listHandoversToMe>>[number];
