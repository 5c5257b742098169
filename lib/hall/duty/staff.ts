import "server-only";
import { db } from "@/lib/core/db";
import { dateOnly, toDateColumn } from "@/lib/hall/cases/due-date";
import { periodCovers } from "@/lib/hall/ab/period";
import { intervalsOverlap } from "@/lib/hall/leave/rules";
import { lunchSlotOf } from "./week";

/**
 * HALL-11 "eligible window staff": the users who are A or B of an active window of the unit on
 * each day, in rotation order (window number, A before B).
 */
export async function windowStaffOf(orgUnitId: string, days: readonly string[]) {
  const inPair = new Map<string, Set<string>>(days.map((d) => [d, new Set<string>()]));
  if (days.length === 0) return { order: [] as string[], inPair };
  const rows = await db.abRoleAssignment.findMany({
    where: {
      orgUnitId, window: { active: true },
      effectiveFrom: { lte: toDateColumn(days[days.length - 1]) },
      OR: [{ effectiveTo: null }, { effectiveTo: { gte: toDateColumn(days[0]) } }],
    },
    select: { aUserId: true, bUserId: true, effectiveFrom: true, effectiveTo: true, window: { select: { windowNo: true } } },
  });
  const active = new Set(
    (await db.user.findMany({ where: { id: { in: rows.flatMap((r) => [r.aUserId, r.bUserId]) }, active: true }, select: { id: true } })).map((u) => u.id),
  );
  rows.sort((x, y) => x.window.windowNo.localeCompare(y.window.windowNo, "zh-CN", { numeric: true }));
  const order: string[] = [];
  for (const r of rows) {
    const period = { from: dateOnly(r.effectiveFrom)!, to: dateOnly(r.effectiveTo) };
    for (const id of [r.aUserId, r.bUserId]) {
      if (!active.has(id)) continue;
      if (!order.includes(id)) order.push(id);
      for (const d of days) if (periodCovers(period, d)) inPair.get(d)!.add(id);
    }
  }
  return { order, inPair };
}

/** Per day, the users whose approved leave overlaps the 12:00–13:30 slot (HALL-11 "skipping approved leave"). */
export async function onLeaveAtLunch(userIds: readonly string[], days: readonly string[]) {
  const out = new Map<string, Set<string>>(days.map((d) => [d, new Set<string>()]));
  if (userIds.length === 0 || days.length === 0) return out;
  const leaves = await db.staffLeave.findMany({
    where: {
      userId: { in: [...userIds] }, status: { in: ["APPROVED", "RETURNED"] },
      startsAt: { lt: lunchSlotOf(days[days.length - 1]).endsAt }, endsAt: { gt: lunchSlotOf(days[0]).startsAt },
    },
    select: { userId: true, startsAt: true, endsAt: true },
  });
  for (const d of days) {
    const slot = lunchSlotOf(d);
    for (const l of leaves) if (intervalsOverlap(l, slot)) out.get(d)!.add(l.userId);
  }
  return out;
}

/** Any active CLERK/REVIEWER of the unit may be put on duty by hand or as a fallback. */
export async function unitStaffOf(orgUnitId: string) {
  return db.user.findMany({
    where: { orgUnitId, active: true, role: { in: ["CLERK", "REVIEWER"] } },
    orderBy: { displayName: "asc" },
    select: { id: true, displayName: true },
    take: 300,
  });
}
