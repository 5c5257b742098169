import "server-only";
import { addDays, todayInShanghai } from "@/lib/core/calendar-math";
import { workCalendar } from "@/lib/core/calendar";
import { inScope, type Scope } from "@/lib/core/scope";
import type { OrgLevel } from "@/lib/generated/prisma/enums";
import { STAGE_TARGET_WORKING_DAYS } from "@/lib/ic/workflow";
import { initialReviewPaths } from "./initial-review";
import type { ReviewStage } from "./schemas";

/** The step a reviewer at each level acts on (§2.5 row 1: village/town R1, district R2, city R3). */
export const STAGE_OF_LEVEL: Record<OrgLevel, ReviewStage> = {
  VILLAGE: "PENDING_INITIAL",
  TOWN: "PENDING_INITIAL",
  DISTRICT: "PENDING_DISTRICT",
  CITY: "PENDING_CITY",
};

/**
 * The orgPath filter of a stage's queue. At the caller's own step it is the records they act on
 * (for the initial step: the units whose initial review they do, AMB-05); other steps are shown
 * across the subtree for oversight of ageing (R-IC-2). Works for profiles and change sets alike.
 */
export async function stagePathFilter(scope: Scope, stage: ReviewStage) {
  if (stage === "PENDING_INITIAL" && STAGE_OF_LEVEL[scope.level] === "PENDING_INITIAL") {
    return { orgPath: { in: await initialReviewPaths(scope) } };
  }
  return inScope(scope);
}

/**
 * The first instant that is NOT overdue: a record that entered the stage before it has spent more
 * than `target` working days there (X-40 calendar). Computed once per request, so "overdue" is a
 * comparison on statusSince and "overdue first, then oldest" is simply statusSince ascending.
 */
export async function overdueCutoff(target: number, today = todayInShanghai()): Promise<Date> {
  // The (target+1)-th working day counting back from today inclusive: entering before that day
  // means more than `target` working days in (since, today].
  const day = await workCalendar.addWorkingDays(addDays(today, 1), -(target + 1));
  return new Date(`${day}T00:00:00+08:00`);
}

export async function ageingFor(target: number) {
  const today = todayInShanghai();
  const cutoff = await overdueCutoff(target, today);
  return {
    target,
    cutoff,
    daysIn: (since: Date) => workCalendar.workingDaysBetween(todayInShanghai(since), today),
  };
}

/** Days-in-stage against the stage's target (5/10/10 working days, R-IC-2). */
export function stageAgeing(stage: ReviewStage) {
  return ageingFor(STAGE_TARGET_WORKING_DAYS[stage] ?? 10);
}
