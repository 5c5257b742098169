import "server-only";
import { can } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { getOpenBadReviews } from "@/lib/evaluation/bad-review-queries";
import { getPendingAppointmentApprovals } from "@/lib/hall/appointments/desk";
import { listReturnVisits } from "@/lib/hall/follow-up/return-visit-queries";
import { listSupervisionTasks } from "@/lib/hall/follow-up/supervision-queries";
import { getPendingLeaveDecisions } from "@/lib/hall/leave/review";
import { getCaseReviewQueues } from "./queries";

/**
 * 审核台: every queue a reviewer of the subtree works through — case extensions, second
 * notices and overdue cases; leave with A/B conflicts; non-working-day appointments; bad-review
 * loops; supervision tasks and overdue return visits. One function for the page and the bench.
 */
export async function getReviewDesk(scope: Scope, now = new Date()) {
  const [cases, leave, appointments, badReviews, supervision, visits] = await Promise.all([
    getCaseReviewQueues(scope, now),
    getPendingLeaveDecisions(scope),
    getPendingAppointmentApprovals(scope),
    can(scope, "eval.read") ? getOpenBadReviews(scope, 20, now) : [],
    listSupervisionTasks(scope, { status: "OPEN" }, now, 20),
    listReturnVisits(scope, { overdue: true }, now, 20),
  ]);
  return { cases, leave, appointments: appointments.filter((a) => !a.mine), badReviews, supervision: supervision.rows, visits: visits.rows };
}
export type ReviewDesk = Awaited<ReturnType<typeof getReviewDesk>>;
