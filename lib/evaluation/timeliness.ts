// Loop timeliness for the analysis (§9.2.2; SPEC "loop timeliness per step"): the share of the
// loop's steps done by their due date. Pure: the due date of each past step is recomputed from
// when the case entered it and the one step table, so no stored history of deadlines is needed.
import { todayInShanghai, type DayOverride } from "@/lib/core/calendar-math";
import type { BadReviewStatus } from "@/lib/generated/prisma/enums";
import { OPEN_BAD_REVIEW_STATUSES, stepDueDate } from "./bad-review-steps";
import { rate } from "./rating-rules";

export type TimelinessCase = {
  foundAt: Date;
  status: BadReviewStatus;
  /** Transitions oldest first. */
  history: readonly { fromStatus: string; at: Date }[];
};

export type StepTimeliness = { status: BadReviewStatus; steps: number; onTime: number; late: number };
export type Timeliness = { steps: number; onTime: number; late: number; rate: number | null; byStep: StepTimeliness[] };

/**
 * Every finished step counts: on time when done on or before its due date. A step still open past
 * its due date counts as late (it can no longer be on time); one open and not yet due is not counted.
 */
export function loopTimeliness(cases: readonly TimelinessCase[], overrides: DayOverride, now = new Date()): Timeliness {
  const today = todayInShanghai(now);
  const by = new Map<BadReviewStatus, StepTimeliness>();
  const add = (status: BadReviewStatus, onTime: boolean) => {
    const s = by.get(status) ?? { status, steps: 0, onTime: 0, late: 0 };
    s.steps++;
    if (onTime) s.onTime++;
    else s.late++;
    by.set(status, s);
  };
  for (const c of cases) {
    let enteredOn = todayInShanghai(c.foundAt);
    for (const h of c.history) {
      const status = h.fromStatus as BadReviewStatus;
      const due = stepDueDate(status, enteredOn, overrides);
      const doneOn = todayInShanghai(h.at);
      if (due) add(status, doneOn <= due);
      enteredOn = doneOn;
    }
    if (OPEN_BAD_REVIEW_STATUSES.includes(c.status)) {
      const due = stepDueDate(c.status, enteredOn, overrides);
      if (due && today > due) add(c.status, false);
    }
  }
  const byStep = OPEN_BAD_REVIEW_STATUSES.flatMap((s) => (by.has(s) ? [by.get(s)!] : []));
  const steps = byStep.reduce((n, s) => n + s.steps, 0);
  const onTime = byStep.reduce((n, s) => n + s.onTime, 0);
  return { steps, onTime, late: steps - onTime, rate: rate(onTime, steps), byStep };
}
