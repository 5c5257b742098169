// §7.9.1 限时办结: the promised due date, the clock pause of AMB-12 (errata A5), the extension and
// the overdue flag — pure functions over the WorkCalendar overrides, unit-tested.
import { addWorkingDays, isWorkingDay, todayInShanghai, workingDaysBetween, type DayOverride } from "@/lib/core/calendar-math";

/**
 * SPEC §3.12.2: promisedDueDate = addWorkingDays(acceptedAt, promisedWorkingDays); for 0 (即办),
 * the same day. Accepted on a non-working day (a NON_WORKING_DAY appointment, §7.2.1 b) the
 * N-th working day after it is still the rule; for 0 it is the next working day.
 */
export function promisedDueDate(acceptedOn: string, promisedWorkingDays: number, overrides: DayOverride): string {
  if (promisedWorkingDays === 0) return isWorkingDay(acceptedOn, overrides) ? acceptedOn : addWorkingDays(acceptedOn, 1, overrides);
  return addWorkingDays(acceptedOn, promisedWorkingDays, overrides);
}

/**
 * AMB-12: days spent waiting for a correction after acceptance do not count. The due date moves
 * by the working days in (pausedOn, resumedOn]; a pause within one day moves nothing.
 */
export function resumedDueDate(dueDate: string, pausedOn: string, resumedOn: string, overrides: DayOverride): string {
  const paused = Math.max(0, workingDaysBetween(pausedOn, resumedOn, overrides));
  return paused === 0 ? dueDate : addWorkingDays(dueDate, paused, overrides);
}

export function extendedDueDate(dueDate: string, workingDays: number, overrides: DayOverride): string {
  return addWorkingDays(dueDate, workingDays, overrides);
}

/** SPEC §3.12.2 `overdue`: now > due date and not completed. A case is due until the end of its day. */
export function isOverdue(dueDate: string | null, open: boolean, today: string = todayInShanghai()): boolean {
  return open && dueDate !== null && today > dueDate;
}

/** On-time completion (限时办结率): finished on or before the due date in force. */
export function completedOnTime(dueDate: string | null, completedOn: string | null): boolean | null {
  if (!dueDate || !completedOn) return null;
  return completedOn <= dueDate;
}

/** Working days left until the due date (negative once overdue): the desk's "剩余N个工作日". */
export function workingDaysLeft(dueDate: string, today: string, overrides: DayOverride): number {
  return workingDaysBetween(today, dueDate, overrides);
}

/** 'YYYY-MM-DD' of a Date column (date-only values are stored as UTC midnight). */
export function dateOnly(d: Date | null | undefined): string | null {
  return d ? d.toISOString().slice(0, 10) : null;
}

/** A 'YYYY-MM-DD' for a Date column. */
export function toDateColumn(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}
