import "server-only";
import { db } from "@/lib/core/db";
import { loadOverrides } from "@/lib/core/calendar";
import { isWorkingDay, todayInShanghai } from "@/lib/core/calendar-math";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { dateOnly, toDateColumn } from "@/lib/hall/cases/due-date";
import { LUNCH_SLOT_LABEL } from "./week";

/**
 * 我的工作台 "today's lunch duty" (SPEC §4.7): the caller's unit's published roster for today,
 * whether the caller is on it, and the caller's next published duty day.
 */
export async function getTodaysLunchDuty(scope: Scope, now = new Date()) {
  assertCan(scope, "hall.read");
  const today = todayInShanghai(now);
  const overrides = await loadOverrides();
  const [roster, next] = await Promise.all([
    scopedDb(scope).lunchDutyRoster.findFirst({ where: { orgUnitId: scope.orgUnitId, date: toDateColumn(today), publishedAt: { not: null } } }),
    scopedDb(scope).lunchDutyRoster.findFirst({
      where: { orgUnitId: scope.orgUnitId, date: { gte: toDateColumn(today) }, publishedAt: { not: null }, dutyUserIds: { has: scope.userId } },
      orderBy: { date: "asc" },
      select: { date: true },
    }),
  ]);
  const [users, windows] = roster
    ? await Promise.all([
        db.user.findMany({ where: { id: { in: roster.dutyUserIds } }, select: { id: true, displayName: true } }),
        db.serviceWindow.findMany({ where: { id: { in: roster.windowIds } }, select: { id: true, windowNo: true } }),
      ])
    : [[], []];
  const name = new Map(users.map((u) => [u.id, u.displayName]));
  return {
    date: today,
    slot: LUNCH_SLOT_LABEL,
    workingDay: isWorkingDay(today, overrides),
    roster: roster
      ? { id: roster.id, duty: roster.dutyUserIds.map((id) => ({ id, name: name.get(id) ?? "—" })), windows: windows.map((w) => w.windowNo), clientsServed: roster.clientsServed }
      : null,
    meOnDuty: !!roster?.dutyUserIds.includes(scope.userId),
    myNextDuty: next ? dateOnly(next.date) : null,
  };
}
