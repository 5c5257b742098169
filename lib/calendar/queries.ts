import "server-only";
import { db } from "@/lib/core/db";
import { addDays, todayInShanghai } from "@/lib/core/calendar-math";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { buildYearGrid } from "./year-grid";

const toDate = (d: string) => new Date(`${d}T00:00:00Z`);
const fromDate = (d: Date) => d.toISOString().slice(0, 10);

// WorkCalendar is a shared catalogue readable city-wide (ORG-24), so these reads are not
// filtered by orgPath; the management screen itself is for calendar.manage only.

/** The year's holidays and make-up days, in date order. */
export async function listCalendarOverrides(scope: Scope, year: number) {
  assertCan(scope, "calendar.manage");
  const rows = await db.workCalendarDay.findMany({
    where: { date: { gte: toDate(`${year}-01-01`), lte: toDate(`${year}-12-31`) } },
    orderBy: { date: "asc" },
    select: { date: true, isWorkingDay: true, name: true, updatedAt: true },
  });
  return rows.map((r) => ({ ...r, date: fromDate(r.date) }));
}

export type CalendarOverrideRow = Awaited<ReturnType<typeof listCalendarOverrides>>[number];

/** Everything the calendar page shows for one year, plus the R-X-1 reminder. */
export async function getCalendarYear(scope: Scope, year: number, today = todayInShanghai()) {
  const overrides = await listCalendarOverrides(scope, year);
  const grid = buildYearGrid(
    year,
    new Map(overrides.map((o) => [o.date, o.isWorkingDay])),
    new Map(overrides.map((o) => [o.date, o.name])),
  );
  return { year, overrides, grid, nextYearReminder: await nextYearReminder(today) };
}

/**
 * R-X-1: from 1 December, remind the city admin when next year has no holidays loaded yet.
 * Returns the year that is missing, or null.
 */
export async function nextYearReminder(today = todayInShanghai()): Promise<number | null> {
  if (today.slice(5) < "12-01") return null;
  const next = Number(today.slice(0, 4)) + 1;
  const loaded = await db.workCalendarDay.count({
    where: { date: { gte: toDate(`${next}-01-01`), lt: toDate(addDays(`${next}-12-31`, 1)) } },
  });
  return loaded === 0 ? next : null;
}
