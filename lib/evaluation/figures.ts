// Pure arithmetic of the satisfaction reports (SPEC §3.14.1 EvaluationAnalysis; AMB-37): counts per
// rating folded into rates, rows ranked. Unit-tested; the SQL in stats.ts only counts.
import type { Satisfaction } from "@/lib/generated/prisma/enums";
import { isBadRating, isSatisfied, rate } from "./rating-rules";

export type CountRow = { key: string | null; overall: Satisfaction; n: number };

export type Figures = {
  key: string | null;
  count: number;
  satisfied: number;
  badReviews: number;
  satisfactionRate: number | null;
  badReviewRate: number | null;
  byOverall: Record<Satisfaction, number>;
};

const emptyOverall = (): Record<Satisfaction, number> => ({ VERY_SATISFIED: 0, SATISFIED: 0, BASIC: 0, DISSATISFIED: 0, VERY_DISSATISFIED: 0 });

/** Folds (key, overall, n) counts into one row per key. */
export function figuresOf(counts: readonly CountRow[]): Figures[] {
  const byKey = new Map<string | null, Figures>();
  for (const c of counts) {
    let f = byKey.get(c.key);
    if (!f) byKey.set(c.key, (f = { key: c.key, count: 0, satisfied: 0, badReviews: 0, satisfactionRate: null, badReviewRate: null, byOverall: emptyOverall() }));
    f.count += c.n;
    f.byOverall[c.overall] += c.n;
    if (isSatisfied(c.overall)) f.satisfied += c.n;
    if (isBadRating(c.overall)) f.badReviews += c.n;
  }
  return [...byKey.values()].map((f) => ({ ...f, satisfactionRate: rate(f.satisfied, f.count), badReviewRate: rate(f.badReviews, f.count) }));
}

/** All rows together (the report's total line). */
export function totalOf(rows: readonly Figures[]): Figures {
  const counts: CountRow[] = rows.flatMap((r) => (Object.entries(r.byOverall) as [Satisfaction, number][]).map(([overall, n]) => ({ key: "TOTAL", overall, n })));
  return figuresOf(counts)[0] ?? { key: "TOTAL", count: 0, satisfied: 0, badReviews: 0, satisfactionRate: null, badReviewRate: null, byOverall: emptyOverall() };
}

/** Ranking order: satisfaction rate (high first), then fewer bad reviews, then more ratings. */
export function rankFigures<T extends Figures>(rows: readonly T[]): T[] {
  return [...rows].sort(
    (a, b) => (b.satisfactionRate ?? -1) - (a.satisfactionRate ?? -1) || (a.badReviewRate ?? 2) - (b.badReviewRate ?? 2) || b.count - a.count,
  );
}

export type IndicatorAverageRow = { key: string | null; code: string; avg: number; n: number };

/** key → { code → average rounded to 2 decimals }. */
export function indicatorAveragesOf(rows: readonly IndicatorAverageRow[]): Map<string | null, Record<string, number>> {
  const out = new Map<string | null, Record<string, number>>();
  for (const r of rows) {
    const m = out.get(r.key) ?? {};
    m[r.code] = Math.round(r.avg * 100) / 100;
    out.set(r.key, m);
  }
  return out;
}
