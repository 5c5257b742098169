// Pure date logic of the reminder rules (SPEC, §4.6 catalogue), unit-tested without a
// database. Every rule is STATE-based: it compares today with the record's dates, never "fire at
// exactly T-2", so a run that was missed (server down, a failed tick) catches up on the next one.
import { addDays, addWorkingDays, isWorkingDay, workingDaysBetween, type DayOverride } from "@/lib/core/calendar-math";

export type DeadlineStage =
  | { kind: "none" }
  /** `offset` working days before the due date (0 = the due day itself). */
  | { kind: "warn"; offset: number }
  | { kind: "overdue"; workingDaysOverdue: number };

/**
 * Where `today` stands against `due`. `warnOffsets` are the warning points in working days before
 * the due date (R-HALL-1: [2, 1]; R-HALL-4: [1]; R-HALL-6: [2]; R-EVA-1: [0]). The nearest point
 * already reached wins, so a run missed on T-2 sends the T-1 warning, not both.
 * A record is due until the end of its day (SPEC §3.12.2 `overdue`: now > due date).
 */
export function deadlineStage(today: string, due: string, warnOffsets: readonly number[], overrides: DayOverride): DeadlineStage {
  if (today > due) return { kind: "overdue", workingDaysOverdue: workingDaysBetween(due, today, overrides) };
  for (const offset of [...warnOffsets].sort((a, b) => a - b)) {
    if (today >= addWorkingDays(due, -offset, overrides)) return { kind: "warn", offset };
  }
  return { kind: "none" };
}

/** X-42 defaults: after 3 working days overdue to the unit's reviewers, after 10 to the parent unit's. */
export const ESCALATION_THRESHOLDS = [3, 10] as const;

/** 0 = the assignee only, 1 = also the unit's reviewers, 2 = also the parent unit's reviewers. */
export function escalationLevel(workingDaysOverdue: number, thresholds: readonly number[] = ESCALATION_THRESHOLDS): number {
  let level = 0;
  for (const t of thresholds) if (workingDaysOverdue >= t) level++;
  return level;
}

/**
 * X-42 "OVERDUE reminders go to the assignee daily": one per WORKING day. Staff read the inbox at
 * work, and a weekend run would stack two identical notices on top of Monday's.
 */
export function sendsDailyOverdue(today: string, overrides: DayOverride): boolean {
  return isWorkingDay(today, overrides);
}

/**
 * HALL-50 / R-HALL-5: the earliest activity date that is still fresh. An activity (acceptance or
 * the last tracking entry) on a date strictly before the returned date is `n` or more working
 * days old by `today` (workingDaysBetween(activity, today) ≥ n). Lets SQL filter with one bound.
 */
export function staleBefore(today: string, n: number, overrides: DayOverride): string {
  // The working days up to today, newest first: w1 ≥ w2 ≥ … An activity on day d has
  // #{w_i > d} working days behind it, which is ≥ n exactly when d < w_n.
  const w1 = isWorkingDay(today, overrides) ? today : addWorkingDays(today, -1, overrides);
  return addWorkingDays(w1, -(n - 1), overrides);
}

/** HALL-50: working days since the last activity, and which 5-day stretch that is (1 = first). */
export function trackingStaleness(lastActivity: string, today: string, overrides: DayOverride, stretchDays = 5) {
  const workingDays = Math.max(0, workingDaysBetween(lastActivity, today, overrides));
  return { workingDays, stretch: Math.floor(workingDays / stretchDays) };
}

/**
 * R-HALL-7: a NON_WORKING_DAY or REMOTE_VIDEO appointment still unconfirmed is due for a reminder
 * from the working day before its date until the date itself (§7.2.1).
 */
export function appointmentReminderDue(today: string, date: string, overrides: DayOverride): boolean {
  return today <= date && today >= addWorkingDays(date, -1, overrides);
}

/** Monday of the ISO week of `date`. */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, weekday === 0 ? -6 : 1 - weekday);
}

function workingDaysOfWeek(monday: string, overrides: DayOverride): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i)).filter((d) => isWorkingDay(d, overrides));
}

/**
 * R-HALL-2 / HALL-12: from 15:00 on the last working day of this week (a 调休 weekend day counts),
 * next week's working days must have a published lunch roster. Returns those days once the check
 * is due (and stays due through the weekend, so a missed run catches up), or null.
 */
export function lunchRosterCheck(today: string, timeHHMM: string, overrides: DayOverride): { weekOf: string; days: string[] } | null {
  const monday = mondayOf(today);
  const thisWeek = workingDaysOfWeek(monday, overrides);
  const last = thisWeek[thisWeek.length - 1];
  // A week with no working day at all (a long holiday) has nobody to publish; the week before checks.
  if (!last || today < last || (today === last && timeHHMM < "15:00")) return null;
  const nextMonday = addDays(monday, 7);
  const days = workingDaysOfWeek(nextMonday, overrides);
  return days.length ? { weekOf: nextMonday, days } : null;
}

/** R-X-1 / X-40: from 1 December the next year's calendar must be loaded. The year to check, or null. */
export function calendarYearToCheck(today: string): number | null {
  return today.slice(5, 7) === "12" ? Number(today.slice(0, 4)) + 1 : null;
}

/**
 * R-EVA-2 (EVA-06): the analysis of a quarter is due on the 5th working day after it ends. Returns
 * the previous quarter's key and due date once that day is reached (while still in the next quarter).
 */
export function quarterlyAnalysisDue(today: string, overrides: DayOverride): { quarterKey: string; due: string } | null {
  const y = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3); // 0-based quarter of today
  const prevYear = q === 0 ? y - 1 : y;
  const prevQ = q === 0 ? 4 : q;
  const quarterStart = `${y}-${String(q * 3 + 1).padStart(2, "0")}-01`;
  const due = addWorkingDays(addDays(quarterStart, -1), 5, overrides);
  return today >= due ? { quarterKey: `${prevYear}-Q${prevQ}`, due } : null;
}
