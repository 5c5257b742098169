import { badReviewStepRule } from "./r-eva-1-bad-review-step";
import { quarterlyAnalysisRule } from "./r-eva-2-quarterly-analysis";
import { caseDeadlineRule } from "./r-hall-1-case-deadline";
import { lunchRosterRule } from "./r-hall-2-lunch-roster";
import { sameDayClearanceRule } from "./r-hall-3-same-day-clearance";
import { consultationFollowUpRule } from "./r-hall-4-consultation-follow-up";
import { trackingFreshnessRule } from "./r-hall-5-tracking-freshness";
import { returnVisitRule } from "./r-hall-6-return-visit";
import { appointmentConfirmationRule } from "./r-hall-7-appointment-confirmation";
import { workCalendarRule } from "./r-x-1-work-calendar";
import type { ReminderRule } from "./types";

// The rules the scheduler evaluates (SPEC §4.6 catalogue, the hall and evaluation rows).
export const REMINDER_RULES: readonly ReminderRule[] = [
  caseDeadlineRule,
  badReviewStepRule,
  quarterlyAnalysisRule,
  consultationFollowUpRule,
  trackingFreshnessRule,
  returnVisitRule,
  appointmentConfirmationRule,
  lunchRosterRule,
  sameDayClearanceRule,
  workCalendarRule,
];
