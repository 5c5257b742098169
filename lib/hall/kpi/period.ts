import { addDays, addMonthsClamped, isValidDateString, todayInShanghai } from "@/lib/core/calendar-math";

/** A KPI period: [from, to] inclusive Shanghai dates; defaults to the current month to date. */
export type Period = { from: string; to: string };

export function parsePeriod(from?: string, to?: string, now = new Date()): Period {
  const today = todayInShanghai(now);
  const monthStart = `${today.slice(0, 8)}01`;
  const f = from && isValidDateString(from) ? from : monthStart;
  const t = to && isValidDateString(to) ? to : today;
  return f <= t ? { from: f, to: t } : { from: t, to: f };
}

/** Timestamps bounding the period in Asia/Shanghai: [start, end). */
export function periodBounds(p: Period): { start: Date; end: Date } {
  return { start: new Date(`${p.from}T00:00:00+08:00`), end: new Date(`${addDays(p.to, 1)}T00:00:00+08:00`) };
}

/** The quarter containing `date` as a period, e.g. 2026-10-01 … 2026-12-31. */
export function quarterOf(date: string): Period {
  const m = Number(date.slice(5, 7));
  const startMonth = String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, "0");
  const from = `${date.slice(0, 4)}-${startMonth}-01`;
  return { from, to: addDays(addMonthsClamped(from, 3), -1) };
}
