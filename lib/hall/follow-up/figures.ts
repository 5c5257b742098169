import "server-only";
import { addDays, isValidDateString, todayInShanghai } from "@/lib/core/calendar-math";
import { FieldError } from "@/lib/core/errors";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import type { Satisfaction } from "@/lib/generated/prisma/enums";

// §3.12.10 "Tracking & return visits: ledgers; satisfaction; supervision tasks open/resolved" —
// the follow-up figures for the KPI page, over a period of Shanghai dates [from, to].

const SATISFIED: readonly Satisfaction[] = ["VERY_SATISFIED", "SATISFIED", "BASIC"];

export async function followUpFigures(scope: Scope, period: { from: string; to: string }, now = new Date()) {
  assertCan(scope, "hall.read");
  if (!isValidDateString(period.from)) throw new FieldError("from", "请填写正确的开始日期");
  if (!isValidDateString(period.to)) throw new FieldError("to", "请填写正确的结束日期");
  if (period.to < period.from) throw new FieldError("to", "结束日期不能早于开始日期");
  const range = { gte: new Date(`${period.from}T00:00:00+08:00`), lt: new Date(`${addDays(period.to, 1)}T00:00:00+08:00`) };
  const today = new Date(`${todayInShanghai(now)}T00:00:00Z`);
  const sdb = scopedDb(scope);
  const [bySatisfaction, notFull, poor, pending, overdue, opened, open, resolved, verified] = await Promise.all([
    sdb.returnVisit.groupBy({ by: ["satisfaction"], where: { status: "DONE", visitedAt: range }, _count: { _all: true } }),
    sdb.returnVisit.count({ where: { status: "DONE", visitedAt: range, policyImplemented: { in: ["PARTIAL", "NOT"] } } }),
    sdb.returnVisit.count({ where: { status: "DONE", visitedAt: range, effect: "POOR" } }),
    sdb.returnVisit.count({ where: { status: "PENDING" } }),
    sdb.returnVisit.count({ where: { status: "PENDING", dueDate: { lt: today } } }),
    sdb.supervisionTask.count({ where: { createdAt: range } }),
    sdb.supervisionTask.count({ where: { status: { in: ["OPEN", "IN_PROGRESS"] } } }),
    sdb.supervisionTask.count({ where: { status: { in: ["RESOLVED", "VERIFIED"] }, resolvedAt: range } }),
    sdb.supervisionTask.count({ where: { status: "VERIFIED", verifiedAt: range } }),
  ]);
  const satisfaction = Object.fromEntries(
    (["VERY_SATISFIED", "SATISFIED", "BASIC", "DISSATISFIED", "VERY_DISSATISFIED"] as const).map((s) => [s, 0]),
  ) as Record<Satisfaction, number>;
  for (const g of bySatisfaction) if (g.satisfaction) satisfaction[g.satisfaction] = g._count._all;
  const done = Object.values(satisfaction).reduce((a, b) => a + b, 0);
  const content = SATISFIED.reduce((n, s) => n + satisfaction[s], 0);
  return {
    period,
    visits: {
      done,
      /** Pending now (not bound to the period: a pending visit is a current backlog). */
      pending,
      overdue,
      satisfaction,
      /** (非常满意 + 满意 + 基本满意) ÷ visits done, as in EvaluationAnalysis (§3.14.1); null without visits. */
      satisfactionRate: done ? content / done : null,
      policyNotFull: notFull,
      poorEffect: poor,
    },
    supervision: { opened, open, resolved, verified },
  };
}
export type FollowUpFigures = Awaited<ReturnType<typeof followUpFigures>>;
