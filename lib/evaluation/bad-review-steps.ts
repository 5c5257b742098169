// The bad-review loop's step deadlines and level rules (§9.2.1; SPEC §3.14.1; AMB-38). Pure, so the
// workflow guards, the services and the analysis's timeliness figures read the same table.
import { addWorkingDays, type DayOverride } from "@/lib/core/calendar-math";
import { formatShanghaiDateTime } from "@/lib/core/pdf/time";
import type { BadReviewStatus, OrgLevel } from "@/lib/generated/prisma/enums";

/**
 * AMB-38 (Rec., configurable): working days allowed for the step a case is in, counted from the
 * day it entered that status. RECTIFYING's 10 days run "after verification", i.e. from the day it
 * was found valid (or sent back by a dissatisfied revisit).
 */
export const STEP_DUE_WORKING_DAYS: Partial<Record<BadReviewStatus, number>> = {
  FOUND: 1,
  VERIFYING: 3,
  INVALID_PENDING: 3,
  RECTIFYING: 10,
  REVISITING: 3,
  IMPROVING: 10,
};

export const OPEN_BAD_REVIEW_STATUSES: readonly BadReviewStatus[] = ["FOUND", "VERIFYING", "INVALID_PENDING", "RECTIFYING", "REVISITING", "IMPROVING"];

/** REVISITING → RECTIFYING loops after which the case escalates to the parent level (§3.14.1). */
export const ESCALATE_AFTER_LOOPS = 2;
/** "the client unreachable after 3 attempts (recorded)". */
export const MIN_REVISIT_ATTEMPTS = 3;
/** Recorded when an anonymous review skips the revisit (AMB-51). */
export const ANONYMOUS_REVISIT_NOTE = "匿名无法回访";

/** A revisit note grows by one timestamped line per attempt or revisit ("2026-12-01 09:30 …"). */
export function appendRevisitNote(existing: string | null, at: Date, line: string): string {
  const stamped = `${formatShanghaiDateTime(at)} ${line}`;
  return existing ? `${existing}\n${stamped}` : stamped;
}

/** The due date of the step that starts on `enteredOn` in `status`, or null for a final status. */
export function stepDueDate(status: BadReviewStatus, enteredOn: string, overrides: DayOverride): string | null {
  const days = STEP_DUE_WORKING_DAYS[status];
  return days === undefined ? null : addWorkingDays(enteredOn, days, overrides);
}

/**
 * Errata B6: the parent level closes the loop (and confirms an "unfounded" finding). A DISTRICT
 * reviewer closes TOWN and VILLAGE cases; a CITY reviewer closes DISTRICT and CITY cases.
 */
export function closerLevelOf(unitLevel: OrgLevel): OrgLevel {
  return unitLevel === "TOWN" || unitLevel === "VILLAGE" ? "DISTRICT" : "CITY";
}

/** Overdue: today is past the step's due date (a step is due until the end of its day). */
export function isStepOverdue(status: BadReviewStatus, dueDate: string | null, today: string): boolean {
  return OPEN_BAD_REVIEW_STATUSES.includes(status) && dueDate !== null && today > dueDate;
}
