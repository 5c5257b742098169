import "server-only";
import { db } from "@/lib/core/db";
import { loadOverrides } from "@/lib/core/calendar";
import { isWorkingDay, todayInShanghai, addDays } from "@/lib/core/calendar-math";
import { DomainError } from "@/lib/core/errors";
import { assertCan } from "@/lib/core/permissions";
import { orgInScope, scopedDb, type Scope } from "@/lib/core/scope";
import { toDateColumn } from "@/lib/hall/cases/due-date";
import { monthBounds } from "./week";

/**
 * HALL-11 KPI "lunch roster compliance" (SPEC §4.7 command view), per unit of the subtree that
 * runs lunch duty: working days of the month (up to today) with a published roster of ≥1 staff
 * ÷ those working days. A roster made in advance for later days does not count yet.
 */
export async function lunchRosterCompliance(scope: Scope, month: string, now = new Date()) {
  assertCan(scope, "hall.kpi");
  const bounds = monthBounds(month);
  if (!bounds) throw new DomainError("月份格式应为 YYYY-MM");
  const today = todayInShanghai(now);
  const last = bounds.last < today ? bounds.last : today;
  const overrides = await loadOverrides();
  const days: string[] = [];
  for (let d = bounds.first; d <= last; d = addDays(d, 1)) if (isWorkingDay(d, overrides)) days.push(d);
  const units = await db.orgUnit.findMany({
    where: { ...orgInScope(scope), active: true, OR: [{ lunchDutyRequired: true }, { hasServiceHall: true }] },
    orderBy: { path: "asc" },
    select: { id: true, name: true, level: true, path: true },
  });
  const rosters = days.length
    ? await scopedDb(scope).lunchDutyRoster.groupBy({
        by: ["orgUnitId"],
        where: { date: { in: days.map(toDateColumn) }, publishedAt: { not: null }, dutyUserIds: { isEmpty: false } },
        _count: { _all: true },
      })
    : [];
  const count = new Map(rosters.map((r) => [r.orgUnitId, r._count._all]));
  return units.map((u) => {
    const rostered = count.get(u.id) ?? 0;
    return { orgUnitId: u.id, name: u.name, level: u.level, workingDays: days.length, rosteredDays: rostered, rate: days.length ? rostered / days.length : null };
  });
}
