// §7.9.3 "暂时无法解答的，应说明理由": the reply is promised by a date. Pure, so the form's
// default and the service's check are the same rule.
import { addWorkingDays, isWorkingDay, type DayOverride } from "@/lib/core/calendar-math";

/** SPEC §3.0 Consultation.followUpDueDate: default 3 working days (Rec.). */
export const FOLLOW_UP_WORKING_DAYS = 3;

export function defaultFollowUpDate(today: string, overrides: DayOverride): string {
  return addWorkingDays(today, FOLLOW_UP_WORKING_DAYS, overrides);
}

/** A promised reply date must be a working day after today; returns the Chinese refusal, or null. */
export function followUpDateRefusal(date: string, today: string, overrides: DayOverride): string | null {
  if (date <= today) return "答复期限应晚于今天";
  if (!isWorkingDay(date, overrides)) return "答复期限应为工作日";
  return null;
}
