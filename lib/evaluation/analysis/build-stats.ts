import "server-only";
import { db } from "@/lib/core/db";
import { loadOverrides } from "@/lib/core/calendar";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { scopedDb, type Scope } from "@/lib/core/scope";
import type { BadReviewSource, BadReviewStatus, Satisfaction } from "@/lib/generated/prisma/enums";
import { OPEN_BAD_REVIEW_STATUSES, isStepOverdue } from "../bad-review-steps";
import { totalOf } from "../figures";
import { hotIssuesOf, type HotIssue } from "../hot-issues";
import { DEFAULT_INDICATORS, ISSUE_TAG_LABELS } from "../labels";
import { rangeInstants, type DateRange } from "../period";
import { satisfactionFigures, type FigureRow } from "../stats";
import { loopTimeliness, type Timeliness } from "../timeliness";
import { formatDate } from "@/lib/core/pdf/time";

export type StatRow = Pick<FigureRow, "key" | "label" | "count" | "satisfied" | "badReviews" | "satisfactionRate" | "badReviewRate">;

/** The stored shape of EvaluationAnalysis.generatedStats (§9.2.2; SPEC §3.14.1). */
export type AnalysisStats = {
  range: DateRange;
  total: StatRow & { byOverall: Record<Satisfaction, number> };
  indicators: { code: string; label: string; subject: string; avg: number | null }[];
  byUnit: StatRow[];
  byItem: StatRow[];
  byStaff: StatRow[];
  byChannel: StatRow[];
  badReviews: {
    total: number;
    bySource: Partial<Record<BadReviewSource, number>>;
    byStatus: Partial<Record<BadReviewStatus, number>>;
    byTag: Record<string, number>;
    open: number;
    overdueOpen: number;
  };
  timeliness: Timeliness;
};

const slim = (r: FigureRow): StatRow => ({
  key: r.key, label: r.label, count: r.count, satisfied: r.satisfied, badReviews: r.badReviews,
  satisfactionRate: r.satisfactionRate, badReviewRate: r.badReviewRate,
});

/**
 * The figures of one analysis: ratings of the caller's subtree in the period (counts, satisfaction
 * and bad-review rates per indicator, unit, item, staff and channel), the bad reviews found in the
 * period by source, status and tag, the loop's timeliness, and the hot issues (AMB-39).
 */
export async function buildAnalysisStats(scope: Scope, range: DateRange, now = new Date()): Promise<{ stats: AnalysisStats; hotIssues: HotIssue[] }> {
  const q = (groupBy: "all" | "unit" | "item" | "staff" | "channel") => satisfactionFigures(scope, { ...range, groupBy });
  const [all, byUnit, byItem, byStaff, byChannel, overrides] = await Promise.all([q("all"), q("unit"), q("item"), q("staff"), q("channel"), loadOverrides()]);
  const cases = await scopedDb(scope).badReviewCase.findMany({
    where: { foundAt: rangeInstants(range) },
    select: { id: true, status: true, source: true, issueTags: true, serviceItemCode: true, foundAt: true, stepDueDate: true },
  });
  const history = cases.length
    ? await db.statusHistory.findMany({
      where: { entityType: "BadReviewCase", entityId: { in: cases.map((c) => c.id) } },
      orderBy: { id: "asc" },
      select: { entityId: true, fromStatus: true, at: true },
    })
    : [];
  const historyOf = new Map<string, { fromStatus: string; at: Date }[]>();
  for (const h of history) historyOf.set(h.entityId, [...(historyOf.get(h.entityId) ?? []), h]);

  const today = todayInShanghai(now);
  const count = <K extends string>(keys: K[]) => keys.reduce<Partial<Record<K, number>>>((m, k) => ({ ...m, [k]: (m[k] ?? 0) + 1 }), {});
  const open = cases.filter((c) => OPEN_BAD_REVIEW_STATUSES.includes(c.status));
  const itemLabel = new Map(byItem.map((r) => [r.key, r.label]));
  const unlabelled = [...new Set(cases.flatMap((c) => (c.serviceItemCode && !itemLabel.has(c.serviceItemCode) ? [c.serviceItemCode] : [])))];
  if (unlabelled.length) {
    const items = await db.serviceItem.findMany({ where: { code: { in: unlabelled } }, orderBy: { itemVersion: "desc" }, select: { code: true, name: true } });
    for (const i of items) if (!itemLabel.has(i.code)) itemLabel.set(i.code, `${i.name}（${i.code}）`);
  }
  const total = totalOf(all);
  const indicatorAvg = all[0]?.indicators ?? {};
  const stats: AnalysisStats = {
    range,
    total: { ...slim({ ...total, label: "合计", indicators: {} }), byOverall: total.byOverall },
    indicators: DEFAULT_INDICATORS.map((i) => ({ code: i.code, label: i.label, subject: i.subject, avg: indicatorAvg[i.code] ?? null })),
    byUnit: byUnit.map(slim),
    byItem: byItem.map(slim),
    byStaff: byStaff.map(slim),
    byChannel: byChannel.map(slim),
    badReviews: {
      total: cases.length,
      bySource: count(cases.map((c) => c.source)),
      byStatus: count(cases.map((c) => c.status)),
      byTag: count(cases.flatMap((c) => c.issueTags)) as Record<string, number>,
      open: open.length,
      overdueOpen: open.filter((c) => isStepOverdue(c.status, c.stepDueDate ? formatDate(c.stepDueDate) : null, today)).length,
    },
    timeliness: loopTimeliness(cases.map((c) => ({ foundAt: c.foundAt, status: c.status, history: historyOf.get(c.id) ?? [] })), overrides, now),
  };
  // Loops confirmed unfounded (§3.14.1 INVALID) are not complaints that "reflect strongly".
  const hotIssues = hotIssuesOf(cases.filter((c) => c.status !== "INVALID"), {
    tag: (code) => ISSUE_TAG_LABELS[code as keyof typeof ISSUE_TAG_LABELS] ?? code,
    item: (code) => itemLabel.get(code) ?? code,
  });
  return { stats, hotIssues };
}
