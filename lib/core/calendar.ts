import "server-only";
import { db } from "./db";
import { addWorkingDays, isWorkingDay, workingDaysBetween, type DayOverride } from "./calendar-math";

// SPEC X-40: WorkCalendar holds only the dates that differ from the Mon–Fri rule (public holidays
// and 调休 make-up days), so a year is ~40 rows and the whole table fits in memory.
let cache: { at: number; overrides: DayOverride } | null = null;
const TTL_MS = 60_000;

export async function loadOverrides(): Promise<DayOverride> {
  if (cache && Date.now() - cache.at < TTL_MS) return cache.overrides;
  const rows = await db.workCalendarDay.findMany({ select: { date: true, isWorkingDay: true } });
  const overrides: DayOverride = new Map(rows.map((r) => [r.date.toISOString().slice(0, 10), r.isWorkingDay]));
  cache = { at: Date.now(), overrides };
  return overrides;
}

export function invalidateCalendarCache(): void {
  cache = null;
}

export const workCalendar = {
  async isWorkingDay(date: string) {
    return isWorkingDay(date, await loadOverrides());
  },
  async addWorkingDays(date: string, n: number) {
    return addWorkingDays(date, n, await loadOverrides());
  },
  async workingDaysBetween(from: string, to: string) {
    return workingDaysBetween(from, to, await loadOverrides());
  },
};
