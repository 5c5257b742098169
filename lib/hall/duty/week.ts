// Calendar helpers of the lunch roster (weeks run Monday–Sunday; 调休 weekends may be working days).
import { addDays, isValidDateString } from "@/lib/core/calendar-math";

export function isMonday(date: string): boolean {
  return isValidDateString(date) && new Date(`${date}T00:00:00Z`).getUTCDay() === 1;
}

export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

export function weekDates(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** First and last day of a 'YYYY-MM' month, or null for a malformed value. */
export function monthBounds(month: string): { first: string; last: string } | null {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) return null;
  const first = `${month}-01`;
  const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).toISOString().slice(0, 10);
  return { first, last };
}

/** §7.1.2: the fixed lunch slot, 12:00–13:30 Asia/Shanghai, as instants for a day. */
export function lunchSlotOf(date: string): { startsAt: Date; endsAt: Date } {
  return { startsAt: new Date(`${date}T12:00:00+08:00`), endsAt: new Date(`${date}T13:30:00+08:00`) };
}

export const LUNCH_SLOT_LABEL = "12:00—13:30";

/** The id of a week's roster printout: `/api/hall/print/roster/<unitId>_<weekStart>`. */
export function rosterPrintId(orgUnitId: string, weekStart: string): string {
  return `${orgUnitId}_${weekStart}`;
}
