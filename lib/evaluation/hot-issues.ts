// §9.2.2 "服务对象反映强烈和集中的问题" (AMB-39): an issue tag or a service item is a hot issue when it
// has ≥ 3 bad reviews in the period, or ≥ 20 % of the unit's bad reviews. Pure; thresholds are
// the configurable defaults (Rec.).
import { rate } from "./rating-rules";

export const HOT_ISSUE_MIN_COUNT = 3;
export const HOT_ISSUE_MIN_SHARE = 0.2;

export type HotIssueInput = { issueTags: readonly string[]; serviceItemCode: string | null };

export type HotIssue = {
  kind: "TAG" | "ITEM";
  key: string;
  label: string;
  count: number;
  share: number;
  /** Which rule made it hot: the count, the share, or both. */
  reasons: ("COUNT" | "SHARE")[];
};

/**
 * `cases` are the unit's bad reviews of the period (loops found unfounded are left out by the
 * caller). A tag counts once per case; a case with no item counts for no item.
 */
export function hotIssuesOf(
  cases: readonly HotIssueInput[],
  labels: { tag: (code: string) => string; item: (code: string) => string },
  thresholds = { minCount: HOT_ISSUE_MIN_COUNT, minShare: HOT_ISSUE_MIN_SHARE },
): HotIssue[] {
  const total = cases.length;
  if (total === 0) return [];
  const tally = (kind: "TAG" | "ITEM", keysOf: (c: HotIssueInput) => string[]) => {
    const counts = new Map<string, number>();
    for (const c of cases) for (const k of new Set(keysOf(c))) counts.set(k, (counts.get(k) ?? 0) + 1);
    return [...counts].flatMap(([key, count]): HotIssue[] => {
      const share = rate(count, total) ?? 0;
      const reasons: HotIssue["reasons"] = [];
      if (count >= thresholds.minCount) reasons.push("COUNT");
      if (share >= thresholds.minShare) reasons.push("SHARE");
      return reasons.length ? [{ kind, key, label: kind === "TAG" ? labels.tag(key) : labels.item(key), count, share, reasons }] : [];
    });
  };
  return [...tally("TAG", (c) => [...c.issueTags]), ...tally("ITEM", (c) => (c.serviceItemCode ? [c.serviceItemCode] : []))]
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key));
}
