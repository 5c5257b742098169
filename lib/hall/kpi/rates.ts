// The KPI formulas of §3.12.10 / §3.14 in one place, pure and unit-tested. A rate with no
// denominator is null ("—"), never 0 % or 100 %.

export type KpiCounts = {
  received: number;
  /** Completed in the period with a due date (accepted cases; 即办 included). */
  completedClocked: number;
  onTime: number;
  overdueOpen: number;
  /** Cases with ≥ 1 issued material notice / with ≥ 2 (HALL-01). */
  noticed: number;
  noticedTwice: number;
  consultations: number;
  onSpot: number;
  evaluations: number;
  satisfied: number;
  bad: number;
};

export const ZERO: KpiCounts = {
  received: 0, completedClocked: 0, onTime: 0, overdueOpen: 0, noticed: 0, noticedTwice: 0, consultations: 0, onSpot: 0,
  evaluations: 0, satisfied: 0, bad: 0,
};

export function rate(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

export type KpiRates = {
  /** 限时办结率 (§7.9.1): completed by the due date in force ÷ completed. */
  onTimeRate: number | null;
  /** 一次性告知率 (HALL-01): 1 − cases with a second notice ÷ cases with a notice. */
  oneTimeRate: number | null;
  /** 当场解答率 (HALL-34). */
  onSpotRate: number | null;
  /** 满意率 (§3.14.1): (非常满意 + 满意 + 基本满意) ÷ all. */
  satisfactionRate: number | null;
  /** 差评率: 不满意 + 非常不满意 ÷ all. */
  badRate: number | null;
};

export function ratesOf(c: KpiCounts): KpiRates {
  return {
    onTimeRate: rate(c.onTime, c.completedClocked),
    oneTimeRate: c.noticed > 0 ? 1 - c.noticedTwice / c.noticed : null,
    onSpotRate: rate(c.onSpot, c.consultations),
    satisfactionRate: rate(c.satisfied, c.evaluations),
    badRate: rate(c.bad, c.evaluations),
  };
}

export function addCounts(a: KpiCounts, b: Partial<KpiCounts>): KpiCounts {
  const out = { ...a };
  for (const k of Object.keys(ZERO) as (keyof KpiCounts)[]) out[k] += b[k] ?? 0;
  return out;
}

export function formatRate(r: number | null): string {
  return r === null ? "—" : `${(r * 100).toFixed(1)}%`;
}
