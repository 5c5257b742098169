// Pure date-period rules of the A/B assignments (SPEC §2.7 `effectiveFrom` / `effectiveTo`):
// dates are 'YYYY-MM-DD' (Asia/Shanghai), both ends inclusive, `to = null` means open-ended.
// An assignment ended the day before it starts (to < from) was cancelled: it covers no day.

export type Period = { from: string; to: string | null };

const FOREVER = "9999-12-31";

export function isEmptyPeriod(p: Period): boolean {
  return p.to !== null && p.to < p.from;
}

/** SPEC §2.7 "no overlapping assignment for the same window". */
export function periodsOverlap(a: Period, b: Period): boolean {
  if (isEmptyPeriod(a) || isEmptyPeriod(b)) return false;
  return a.from <= (b.to ?? FOREVER) && b.from <= (a.to ?? FOREVER);
}

export function periodCovers(p: Period, day: string): boolean {
  return !isEmptyPeriod(p) && p.from <= day && (p.to === null || p.to >= day);
}

/** The first existing period that overlaps `candidate`, if any. */
export function firstOverlap<T extends Period>(existing: readonly T[], candidate: Period): T | null {
  return existing.find((e) => periodsOverlap(e, candidate)) ?? null;
}

export function formatPeriod(p: Period): string {
  return `${p.from} 至 ${p.to ?? "长期"}`;
}
