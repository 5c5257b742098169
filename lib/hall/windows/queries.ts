import "server-only";
import { db } from "@/lib/core/db";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import type { PresenceStatus } from "@/lib/generated/prisma/enums";
import { presenceOf } from "@/lib/hall/cases/responsibility";
import { toDateColumn } from "@/lib/hall/cases/due-date";
import { loadHallUnit } from "./unit";
import { loadWindowInScope } from "./services";

export type StaffRef = { id: string; name: string; presence: PresenceStatus };

/** Assignments in force on `day` for the given windows (ORG-40: at most one each, enforced on assigning). */
export async function currentPairsOf(scope: Scope, windowIds: string[], day = todayInShanghai()) {
  if (windowIds.length === 0) return new Map<string, { id: string; aUserId: string; bUserId: string; version: number; effectiveFrom: Date; effectiveTo: Date | null }>();
  const d = toDateColumn(day);
  const rows = await scopedDb(scope).abRoleAssignment.findMany({
    where: { windowId: { in: windowIds }, effectiveFrom: { lte: d }, OR: [{ effectiveTo: null }, { effectiveTo: { gte: d } }] },
    orderBy: { effectiveFrom: "desc" },
    select: { id: true, windowId: true, aUserId: true, bUserId: true, version: true, effectiveFrom: true, effectiveTo: true },
  });
  const out = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (!out.has(r.windowId)) out.set(r.windowId, r);
  return out;
}

/**
 * Display names and presence of staff, for pair columns. A deactivated account is left out: it can
 * no longer staff a window, so a pair holding one is incomplete (ORG-40) and shows "—" there.
 */
export async function staffRefs(userIds: string[]): Promise<Map<string, StaffRef>> {
  const refs = await staffRefsWithActivity(userIds);
  return new Map([...refs].filter(([, r]) => r.active).map(([id, r]) => [id, r.ref]));
}

/** staffRefs including deactivated accounts, each with its `active` flag (assignment history). */
async function staffRefsWithActivity(userIds: string[]): Promise<Map<string, { ref: StaffRef; active: boolean }>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const [users, presence] = await Promise.all([
    db.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true, active: true } }),
    presenceOf(db, ids),
  ]);
  return new Map(users.map((u) => [u.id, { ref: { id: u.id, name: u.displayName, presence: presence.get(u.id) ?? "ON_DUTY" }, active: u.active }]));
}

/**
 * /hall/windows: the unit's windows with their current pair and each person's presence, the items
 * each window receives (ORG-45: visible to all staff), and the unit-level warnings: windows
 * without a complete pair (ORG-40) and HALL-70 (a hall needs a proxy window or a PROXY_AGENT).
 */
export async function listWindows(scope: Scope, orgUnitId?: string | null) {
  assertCan(scope, "hall.read");
  const unit = await loadHallUnit(scope, orgUnitId);
  const windows = await scopedDb(scope).serviceWindow.findMany({
    where: { orgUnitId: unit.id },
    orderBy: [{ active: "desc" }, { windowNo: "asc" }],
    take: 200,
  });
  const pairs = await currentPairsOf(scope, windows.map((w) => w.id));
  const codes = [...new Set(windows.flatMap((w) => w.serviceItemCodes))];
  const [staff, items, proxyAgents] = await Promise.all([
    staffRefs([...pairs.values()].flatMap((p) => [p.aUserId, p.bUserId])),
    db.serviceItem.findMany({ where: { code: { in: codes }, status: "PUBLISHED" }, select: { code: true, name: true } }),
    db.user.count({ where: { orgUnitId: unit.id, active: true, capabilities: { has: "PROXY_AGENT" } } }),
  ]);
  const itemName = new Map(items.map((i) => [i.code, i.name]));
  const rows = windows.map((w) => {
    const p = pairs.get(w.id);
    return {
      id: w.id, windowNo: w.windowNo, name: w.name, isProxyWindow: w.isProxyWindow, isIntegrated: w.isIntegrated, active: w.active,
      version: w.version,
      items: w.serviceItemCodes.map((code) => ({ code, name: itemName.get(code) ?? null })),
      pair: p ? { id: p.id, a: staff.get(p.aUserId) ?? null, b: staff.get(p.bUserId) ?? null, effectiveFrom: p.effectiveFrom, effectiveTo: p.effectiveTo } : null,
    };
  });
  const incompletePairs = rows.filter((r) => r.active && (!r.pair?.a || !r.pair?.b)).map((r) => r.windowNo);
  // HALL-70 (§7.5.2): a unit with a hall has a proxy window or at least one PROXY_AGENT.
  const missingProxy = unit.hasServiceHall && !rows.some((r) => r.active && r.isProxyWindow) && proxyAgents === 0;
  return { unit: { id: unit.id, name: unit.name, level: unit.level, hasServiceHall: unit.hasServiceHall }, rows, incompletePairs, missingProxy };
}
export type WindowRow = Awaited<ReturnType<typeof listWindows>>["rows"][number];

/** Published catalogue items receivable at a level, for the window form (ORG-24: shared catalogue). */
export async function listItemOptions(scope: Scope, level: Scope["level"]) {
  assertCan(scope, "hall.read");
  return db.serviceItem.findMany({
    where: { status: "PUBLISHED", levels: { has: level } },
    orderBy: [{ module: "asc" }, { code: "asc" }],
    select: { code: true, name: true, module: true },
    take: 1000,
  });
}

/** One window with its assignment history and the staff who may be paired on it. */
export async function getWindowDetail(scope: Scope, windowId: string) {
  assertCan(scope, "hall.read");
  const w = await loadWindowInScope(scope, windowId);
  const unit = await loadHallUnit(scope, w.orgUnitId);
  const [assignments, candidates] = await Promise.all([
    scopedDb(scope).abRoleAssignment.findMany({ where: { windowId: w.id }, orderBy: { effectiveFrom: "desc" }, take: 50 }),
    eligiblePairStaff(unit.id),
  ]);
  const staff = await staffRefsWithActivity(assignments.flatMap((a) => [a.aUserId, a.bUserId]));
  const today = todayInShanghai();
  // ORG-40: in a pair in force or still to come, a deactivated member is missing ("—"); ended and
  // cancelled pairs keep the names of who held them.
  const member = (id: string, live: boolean) => {
    const s = staff.get(id);
    return !s || (live && !s.active) ? null : s.ref;
  };
  return {
    window: w,
    unit: { id: unit.id, name: unit.name, level: unit.level },
    assignments: assignments.map((a) => {
      const from = a.effectiveFrom.toISOString().slice(0, 10);
      const to = a.effectiveTo ? a.effectiveTo.toISOString().slice(0, 10) : null;
      const cancelled = to !== null && to < from;
      const live = !cancelled && (to === null || to >= today);
      return {
        id: a.id, version: a.version, from, to, a: member(a.aUserId, live), b: member(a.bUserId, live),
        current: from <= today && (to === null || to >= today),
        cancelled,
      };
    }),
    candidates,
  };
}

/** §2.7 AbRoleAssignment: A and B are active CLERK or REVIEWER users of the window's unit. */
export async function eligiblePairStaff(orgUnitId: string) {
  return db.user.findMany({
    where: { orgUnitId, active: true, role: { in: ["CLERK", "REVIEWER"] } },
    orderBy: { displayName: "asc" },
    select: { id: true, displayName: true, role: true },
    take: 300,
  });
}
