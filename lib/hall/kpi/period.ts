import { isValidDateString, todayInShanghai } from "@/lib/core/calendar-math";
import { parsePeriodKey, periodKeyOf, rangeInstants } from "@/lib/evaluation/period";

/** A KPI period: [from, to] inclusive Shanghai dates; defaults to the current quarter to date. */
export type Period = { from: string; to: string };

export function parsePeriod(from?: string, to?: string, now = new Date()): Period {
  const today = todayInShanghai(now);
  const f = from && isValidDateString(from) ? from : quarterOf(today).from;
  const t = to && isValidDateString(to) ? to : today;
  return f <= t ? { from: f, to: t } : { from: t, to: f };
}

/** Timestamps bounding the period in Asia/Shanghai: [start, end). */
export function periodBounds(p: Period): { start: Date; end: Date } {
  const r = rangeInstants(p);
  return { start: r.gte, end: r.lt };
}

/** The quarter containing `date` as a period, e.g. 2026-10-01 … 2026-12-31 (the evaluation module's keys). */
export function quarterOf(date: string): Period {
  return parsePeriodKey(periodKeyOf("QUARTER", date))!.range;
}
