// Reporting periods (EVA-06: "at least quarterly"): keys such as 2026, 2026-Q4 and 2026-11, and the
// Asia/Shanghai date range each covers. Pure.
import { addDays, isValidDateString, todayInShanghai } from "@/lib/core/calendar-math";
import type { AnalysisPeriod } from "@/lib/generated/prisma/enums";

export type DateRange = { from: string; to: string };

const pad = (n: number) => String(n).padStart(2, "0");

function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The period a key names, or null for a malformed key. */
export function parsePeriodKey(key: string): { period: AnalysisPeriod; range: DateRange } | null {
  let m = /^(\d{4})$/.exec(key);
  if (m) return { period: "YEAR", range: { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` } };
  m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    return { period: "QUARTER", range: { from: `${y}-${pad(q * 3 - 2)}-01`, to: lastDayOfMonth(y, q * 3) } };
  }
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (m) return { period: "MONTH", range: { from: `${m[1]}-${m[2]}-01`, to: lastDayOfMonth(Number(m[1]), Number(m[2])) } };
  return null;
}

/** The key of the period of `kind` that contains `date` (YYYY-MM-DD). */
export function periodKeyOf(kind: AnalysisPeriod, date: string): string {
  const y = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  if (kind === "YEAR") return y;
  if (kind === "MONTH") return `${y}-${pad(month)}`;
  return `${y}-Q${Math.ceil(month / 3)}`;
}

export function currentQuarter(now = new Date()): DateRange {
  return parsePeriodKey(periodKeyOf("QUARTER", todayInShanghai(now)))!.range;
}

/** The previous quarter's key: what an analysis written now usually covers (R-EVA-2). */
export function previousQuarterKey(now = new Date()): string {
  const from = currentQuarter(now).from;
  return periodKeyOf("QUARTER", addDays(from, -1));
}

/** Instants bounding a date range in Asia/Shanghai: [from 00:00, to+1 00:00). */
export function rangeInstants(r: DateRange): { gte: Date; lt: Date } {
  return { gte: new Date(`${r.from}T00:00:00+08:00`), lt: new Date(`${addDays(r.to, 1)}T00:00:00+08:00`) };
}

/** "2026年第4季度" etc. */
export function periodLabel(key: string): string {
  const p = parsePeriodKey(key);
  if (!p) return key;
  if (p.period === "YEAR") return `${key}年度`;
  if (p.period === "QUARTER") return `${key.slice(0, 4)}年第${key.slice(-1)}季度`;
  return `${key.slice(0, 4)}年${Number(key.slice(5, 7))}月`;
}

/** A URL date param that names a real day (2026-02-30 does not: it would crash the date maths). */
export function validDateParam(d: string | undefined): string | undefined {
  return d && isValidDateString(d) ? d : undefined;
}

/** A well-formed date range from URL params, defaulting to this quarter; from ≤ to. */
export function rangeFromParams(from: string | undefined, to: string | undefined, now = new Date()): DateRange {
  const q = currentQuarter(now);
  const ok = (d: string | undefined) => validDateParam(d) !== undefined;
  const f = ok(from) ? from! : q.from;
  const t = ok(to) ? to! : q.to;
  return f <= t ? { from: f, to: t } : { from: t, to: f };
}
