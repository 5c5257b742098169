import "server-only";
import { db } from "@/lib/core/db";
import { loadOverrides } from "@/lib/core/calendar";
import { isWorkingDay, todayInShanghai } from "@/lib/core/calendar-math";
import { assertCan, can } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { dateOnly, toDateColumn } from "@/lib/hall/cases/due-date";
import { loadHallUnit } from "@/lib/hall/windows/unit";
import { unitStaffOf } from "./staff";
import { isMonday, mondayOf, weekDates } from "./week";

/** One week's lunch roster of a unit (HALL-11), with what the editor needs. */
export async function getWeekRoster(scope: Scope, opts: { orgUnitId?: string | null; weekStart?: string | null } = {}) {
  assertCan(scope, "hall.read");
  const unit = await loadHallUnit(scope, opts.orgUnitId);
  const today = todayInShanghai();
  const weekStart = opts.weekStart && isMonday(opts.weekStart) ? opts.weekStart : mondayOf(today);
  const dates = weekDates(weekStart);
  const [overrides, rosters, windows, staff] = await Promise.all([
    loadOverrides(),
    scopedDb(scope).lunchDutyRoster.findMany({ where: { orgUnitId: unit.id, date: { in: dates.map(toDateColumn) } } }),
    db.serviceWindow.findMany({ where: { orgUnitId: unit.id }, orderBy: { windowNo: "asc" }, select: { id: true, windowNo: true, name: true, active: true } }),
    unitStaffOf(unit.id),
  ]);
  const byDate = new Map(rosters.map((r) => [dateOnly(r.date)!, r]));
  const names = new Map(staff.map((s) => [s.id, s.displayName]));
  const missingNames = rosters.flatMap((r) => r.dutyUserIds).filter((id) => !names.has(id));
  if (missingNames.length) {
    for (const u of await db.user.findMany({ where: { id: { in: missingNames } }, select: { id: true, displayName: true } })) names.set(u.id, u.displayName);
  }
  const windowNo = new Map(windows.map((w) => [w.id, w.windowNo]));
  const days = dates.map((date) => {
    const r = byDate.get(date);
    return {
      date,
      working: isWorkingDay(date, overrides),
      past: date < today,
      roster: r ? {
        id: r.id, version: r.version, publishedAt: r.publishedAt, clientsServed: r.clientsServed, logNote: r.logNote,
        dutyUserIds: r.dutyUserIds, windowIds: r.windowIds,
        duty: r.dutyUserIds.map((id) => ({ id, name: names.get(id) ?? "—" })),
        windows: r.windowIds.map((id) => ({ id, windowNo: windowNo.get(id) ?? "—" })),
      } : null,
    };
  });
  const pending = days.filter((d) => d.working && !d.past);
  return {
    unit: { id: unit.id, name: unit.name, path: unit.path, lunchDutyRequired: unit.lunchDutyRequired || unit.hasServiceHall },
    weekStart,
    days,
    /** Every remaining working day rostered and published (HALL-12). */
    published: pending.length > 0 && pending.every((d) => d.roster?.publishedAt),
    anyPublished: days.some((d) => d.roster?.publishedAt),
    complete: pending.every((d) => d.roster),
    windows: windows.filter((w) => w.active),
    staff,
    canManage: can(scope, "hall.roster.manage"),
  };
}
export type WeekRoster = Awaited<ReturnType<typeof getWeekRoster>>;
export type RosterDayView = WeekRoster["days"][number];
