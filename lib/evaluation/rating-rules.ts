// Pure rules about ratings (SPEC §3.14.1, AMB-37): what counts as satisfied, what is a bad
// review, and the rates every report uses. Unit-tested; no database.
import type { Satisfaction } from "@/lib/generated/prisma/enums";

/** satisfaction rate = (VERY_SATISFIED + SATISFIED + BASIC) ÷ all (SPEC EvaluationAnalysis). */
export const SATISFIED_LEVELS: readonly Satisfaction[] = ["VERY_SATISFIED", "SATISFIED", "BASIC"];
/** AMB-37: a bad review (差评) is an overall rating of 不满意 or 非常不满意. */
export const BAD_LEVELS: readonly Satisfaction[] = ["DISSATISFIED", "VERY_DISSATISFIED"];

export function isBadRating(s: Satisfaction): boolean {
  return BAD_LEVELS.includes(s);
}

export function isSatisfied(s: Satisfaction): boolean {
  return SATISFIED_LEVELS.includes(s);
}

/** A share rounded to 4 decimals (0.8333); null when nothing was counted, never NaN. */
export function rate(part: number, all: number): number | null {
  if (all <= 0) return null;
  return Math.round((part / all) * 10_000) / 10_000;
}

/** "83.3%" or "—". */
export function formatRate(r: number | null | undefined): string {
  return r === null || r === undefined ? "—" : `${(r * 100).toFixed(1)}%`;
}

export function formatScore(s: number | null | undefined): string {
  return s === null || s === undefined ? "—" : s.toFixed(2);
}

/** Indicator scores as stored: only codes with a 1–5 integer survive. */
export function cleanScores(raw: Record<string, unknown> | undefined | null): Record<string, number> | null {
  if (!raw) return null;
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(raw)) if (typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 5) out[k] = v;
  return Object.keys(out).length > 0 ? out : null;
}
