import { describe, expect, it } from "vitest";
import { availableTransitions } from "@/lib/core/workflow-rules";
import { addWorkingDays } from "@/lib/core/calendar-math";
import { figuresOf, rankFigures, totalOf } from "@/lib/evaluation/figures";
import { hotIssuesOf } from "@/lib/evaluation/hot-issues";
import { parsePeriodKey, periodKeyOf, previousQuarterKey, rangeFromParams, rangeInstants } from "@/lib/evaluation/period";
import { closerLevelOf, stepDueDate, STEP_DUE_WORKING_DAYS } from "@/lib/evaluation/bad-review-steps";
import { badReviewWorkflow, type BadReviewFacts } from "@/lib/evaluation/bad-review-workflow";
import { cleanScores, formatRate, isBadRating, rate } from "@/lib/evaluation/rating-rules";
import { loopTimeliness } from "@/lib/evaluation/timeliness";
import { DEFAULT_INDICATORS, SATISFACTION_LABELS } from "@/lib/evaluation/labels";
import { PublicEvaluationInput, CloseBadReviewInput } from "@/lib/evaluation/schemas";

const none = new Map<string, boolean>();

describe("ratings and rates (AMB-37, SPEC satisfaction rate)", () => {
  it("a bad review is 不满意 or 非常不满意; 基本满意 counts as satisfied", () => {
    expect(Object.keys(SATISFACTION_LABELS).filter((s) => isBadRating(s as never))).toEqual(["DISSATISFIED", "VERY_DISSATISFIED"]);
    const [f] = figuresOf([
      { key: "u", overall: "VERY_SATISFIED", n: 2 }, { key: "u", overall: "SATISFIED", n: 3 }, { key: "u", overall: "BASIC", n: 1 },
      { key: "u", overall: "DISSATISFIED", n: 1 }, { key: "u", overall: "VERY_DISSATISFIED", n: 1 },
    ]);
    expect(f).toMatchObject({ count: 8, satisfied: 6, badReviews: 2, satisfactionRate: 0.75, badReviewRate: 0.25 });
    expect(rate(1, 3)).toBe(0.3333);
    expect(rate(0, 0)).toBeNull();
    expect(formatRate(0.8333)).toBe("83.3%");
    expect(formatRate(null)).toBe("—");
  });

  it("ranks by satisfaction rate, then fewer bad reviews, then more ratings; the total adds up", () => {
    const rows = figuresOf([
      { key: "a", overall: "SATISFIED", n: 1 }, { key: "a", overall: "DISSATISFIED", n: 1 },
      { key: "b", overall: "SATISFIED", n: 3 },
      { key: "c", overall: "SATISFIED", n: 1 },
    ]);
    expect(rankFigures(rows).map((r) => r.key)).toEqual(["b", "c", "a"]);
    expect(totalOf(rows)).toMatchObject({ count: 6, satisfied: 5, badReviews: 1, satisfactionRate: 0.8333 });
  });

  it("keeps only 1–5 integer indicator scores", () => {
    expect(cleanScores({ PROCESS: 5, EFFICIENCY: 0, X: 3.5, Y: "4" })).toEqual({ PROCESS: 5 });
    expect(cleanScores({})).toBeNull();
    expect(DEFAULT_INDICATORS).toHaveLength(10);
  });
});

describe("hot issues (AMB-39: ≥ 3 in the period or ≥ 20 % of the unit's bad reviews)", () => {
  const labels = { tag: (t: string) => `tag:${t}`, item: (i: string) => `item:${i}` };
  const cases = (spec: [string[], string | null][]) => spec.map(([issueTags, serviceItemCode]) => ({ issueTags, serviceItemCode }));

  it("flags a tag with 3 bad reviews even below 20 %, and an item at exactly 20 %", () => {
    const list = cases([
      [["ATTITUDE"], null], [["ATTITUDE"], null], [["ATTITUDE"], null],
      [["PROCESS"], "PC-001"], [["PROCESS"], "PC-001"],
      ...Array.from({ length: 5 }, (): [string[], string | null] => [["OTHER"], null]),
      ...Array.from({ length: 5 }, (): [string[], string | null] => [[], null]),
    ]);
    const hot = hotIssuesOf(list, labels);
    const byKey = Object.fromEntries(hot.map((h) => [`${h.kind}:${h.key}`, h]));
    expect(byKey["TAG:ATTITUDE"]).toMatchObject({ count: 3, share: 0.2, reasons: ["COUNT", "SHARE"] });
    expect(byKey["TAG:OTHER"]).toMatchObject({ count: 5, reasons: ["COUNT", "SHARE"] });
    // 2 of 15 = 13 %: neither rule.
    expect(byKey["TAG:PROCESS"]).toBeUndefined();
    expect(byKey["ITEM:PC-001"]).toBeUndefined();
  });

  it("a share of 20 % or more is hot with fewer than 3; 19 % is not; a tag counts once per case", () => {
    const five = cases([[["POLICY", "POLICY"], "A"], [["X"], "B"], [["Y"], "C"], [["Z"], "D"], [["W"], "E"]]);
    const hot = hotIssuesOf(five, labels);
    expect(hot.find((h) => h.key === "POLICY")).toMatchObject({ count: 1, share: 0.2, reasons: ["SHARE"] });
    expect(hot.find((h) => h.kind === "ITEM" && h.key === "A")).toMatchObject({ label: "item:A", reasons: ["SHARE"] });
    const many = cases([[["POLICY"], null], ...Array.from({ length: 5 }, (): [string[], string | null] => [["OTHER"], null])]);
    // 1 of 6 = 16.7 %: not hot.
    expect(hotIssuesOf(many, labels).find((h) => h.key === "POLICY")).toBeUndefined();
    expect(hotIssuesOf([], labels)).toEqual([]);
  });
});

describe("periods", () => {
  it("parses years, quarters and months into Shanghai date ranges", () => {
    expect(parsePeriodKey("2026-Q4")).toEqual({ period: "QUARTER", range: { from: "2026-10-01", to: "2026-12-31" } });
    expect(parsePeriodKey("2028-02")).toEqual({ period: "MONTH", range: { from: "2028-02-01", to: "2028-02-29" } });
    expect(parsePeriodKey("2026")).toEqual({ period: "YEAR", range: { from: "2026-01-01", to: "2026-12-31" } });
    expect(parsePeriodKey("2026-Q5")).toBeNull();
    expect(periodKeyOf("QUARTER", "2026-05-31")).toBe("2026-Q2");
    // 2026-01-01 00:30 in Shanghai is still 2025-12-31 in UTC: the previous quarter is 2025-Q4.
    expect(previousQuarterKey(new Date("2025-12-31T16:30:00Z"))).toBe("2025-Q4");
    expect(rangeFromParams("2026-12-31", "2026-10-01")).toEqual({ from: "2026-10-01", to: "2026-12-31" });
    expect(rangeFromParams("junk", undefined, new Date("2026-08-15T00:00:00Z"))).toEqual({ from: "2026-07-01", to: "2026-09-30" });
  });

  it("ignores an impossible day in the URL instead of crashing (E9: 2026-02-30)", () => {
    const now = new Date("2026-08-15T00:00:00Z");
    expect(rangeFromParams("2026-02-30", "2026-02-31", now)).toEqual({ from: "2026-07-01", to: "2026-09-30" });
    expect(rangeFromParams("2026-02-28", "2026-13-01", now)).toEqual({ from: "2026-02-28", to: "2026-09-30" });
    expect(() => rangeInstants(rangeFromParams("2026-02-30", undefined, now))).not.toThrow();
  });
});

describe("loop steps, levels and the workflow table (§3.14.1, errata B6)", () => {
  it("takes the default deadlines 1, 3, 10, 3, 10 working days and closes one level up", () => {
    expect(STEP_DUE_WORKING_DAYS).toMatchObject({ FOUND: 1, VERIFYING: 3, RECTIFYING: 10, REVISITING: 3, IMPROVING: 10 });
    expect(stepDueDate("FOUND", "2026-12-04", none)).toBe("2026-12-07"); // Friday → Monday
    expect(stepDueDate("CLOSED", "2026-12-04", none)).toBeNull();
    expect(closerLevelOf("VILLAGE")).toBe("DISTRICT");
    expect(closerLevelOf("TOWN")).toBe("DISTRICT");
    expect(closerLevelOf("DISTRICT")).toBe("CITY");
    expect(closerLevelOf("CITY")).toBe("CITY");
  });

  const facts = (f: Partial<BadReviewFacts> = {}): BadReviewFacts => ({
    unitId: "town", unitLevel: "TOWN", ancestorUnitIds: ["district", "city"], verifierUnitId: "town", staffUserId: "clerk",
    anonymous: false, rectifiedById: null, escalated: false, ...f,
  });
  const actor = (userId: string, orgUnitId: string, role: "CLERK" | "REVIEWER", level: "TOWN" | "DISTRICT" | "CITY") => ({ userId, orgUnitId, role, level });
  const steps = (status: Parameters<typeof availableTransitions>[2]["status"], a: ReturnType<typeof actor>, f = facts()) =>
    availableTransitions(badReviewWorkflow, a, { id: "x", status: status as never, orgPath: "/p/", facts: f }, []).map((t) => t.action);

  it("offers each step only to whoever the table names", () => {
    expect(steps("FOUND", actor("r", "town", "REVIEWER", "TOWN"))).toEqual(["take"]);
    expect(steps("FOUND", actor("d", "district", "REVIEWER", "DISTRICT"))).toEqual([]);
    expect(steps("FOUND", actor("d", "district", "REVIEWER", "DISTRICT"), facts({ verifierUnitId: "district" }))).toEqual(["take"]);
    // E13: only the NEAREST ancestor with a reviewer verifies, not any ancestor.
    expect(steps("FOUND", actor("c", "city", "REVIEWER", "CITY"), facts({ verifierUnitId: "district" }))).toEqual([]);
    expect(steps("FOUND", actor("c", "city", "REVIEWER", "CITY"), facts({ verifierUnitId: "city" }))).toEqual(["take"]);
    expect(steps("FOUND", actor("c", "city", "REVIEWER", "CITY"), facts({ verifierUnitId: null }))).toEqual([]);
    expect(steps("FOUND", actor("clerk", "town", "REVIEWER", "TOWN"))).toEqual([]);
    expect(steps("VERIFYING", actor("r", "town", "REVIEWER", "TOWN"))).toEqual(["markInvalid", "confirmValid"]);
    expect(steps("INVALID_PENDING", actor("d", "district", "REVIEWER", "DISTRICT"))).toEqual(["confirmInvalid", "rejectInvalid"]);
    expect(steps("INVALID_PENDING", actor("c", "city", "REVIEWER", "CITY"))).toEqual([]);
    expect(steps("RECTIFYING", actor("clerk", "town", "CLERK", "TOWN"))).toEqual(["rectify"]);
    expect(steps("RECTIFYING", actor("clerk", "town", "CLERK", "TOWN"), facts({ anonymous: true }))).toEqual(["rectifyAnonymous"]);
    expect(steps("RECTIFYING", actor("other", "town", "CLERK", "TOWN"))).toEqual([]);
    expect(steps("REVISITING", actor("r", "town", "REVIEWER", "TOWN"), facts({ rectifiedById: "r" }))).toEqual([]);
    expect(steps("REVISITING", actor("r2", "town", "REVIEWER", "TOWN"), facts({ rectifiedById: "r" }))).toEqual(["revisitSatisfied", "revisitDissatisfied"]);
    expect(steps("REVISITING", actor("d", "district", "REVIEWER", "DISTRICT"), facts({ escalated: true }))).toEqual(["revisitSatisfied", "revisitDissatisfied"]);
    expect(steps("IMPROVING", actor("d", "district", "REVIEWER", "DISTRICT"))).toEqual(["close"]);
    expect(steps("IMPROVING", actor("c", "city", "REVIEWER", "CITY"))).toEqual([]);
    expect(steps("IMPROVING", actor("c", "city", "REVIEWER", "CITY"), facts({ unitId: "district", unitLevel: "DISTRICT", ancestorUnitIds: ["city"] }))).toEqual(["close"]);
    expect(steps("IMPROVING", actor("c", "city", "REVIEWER", "CITY"), facts({ unitId: "city", unitLevel: "CITY", ancestorUnitIds: [] }))).toEqual(["close"]);
  });
});

describe("loop timeliness", () => {
  it("counts finished steps on time by their recomputed due date, and open steps past due as late", () => {
    const at = (d: string) => new Date(`${d}T10:00:00+08:00`);
    const t = loopTimeliness(
      [
        // Found Mon 12-07: FOUND due Tue (done Tue, on time); VERIFYING due +3 from Tue = Fri 12-11 (done Mon 12-14: late).
        { foundAt: at("2026-12-07"), status: "RECTIFYING", history: [{ fromStatus: "FOUND", at: at("2026-12-08") }, { fromStatus: "VERIFYING", at: at("2026-12-14") }] },
        // Still FOUND since 12-01: due 12-02, now past due → late.
        { foundAt: at("2026-12-01"), status: "FOUND", history: [] },
        // FOUND today, not yet due: not counted.
        { foundAt: at("2026-12-15"), status: "FOUND", history: [] },
      ],
      none,
      at("2026-12-15"),
    );
    expect(t).toMatchObject({ steps: 3, onTime: 1, late: 2, rate: 0.3333 });
    expect(t.byStep.find((s) => s.status === "FOUND")).toMatchObject({ steps: 2, onTime: 1, late: 1 });
    expect(addWorkingDays("2026-12-08", 3, none)).toBe("2026-12-11");
  });
});

describe("schemas", () => {
  it("accepts radio strings for scores, and a close needs an artefact or a reason", () => {
    const p = PublicEvaluationInput.parse({ token: "a".repeat(32), overall: "BASIC", indicatorScores: { PROCESS: "4", EFFICIENCY: "" }, contactPhone: "" });
    expect(p.indicatorScores).toEqual({ PROCESS: 4, EFFICIENCY: undefined });
    expect(p.contactPhone).toBeUndefined();
    expect(CloseBadReviewInput.safeParse({ id: "x", version: 0, improvement: "改进" }).success).toBe(false);
    expect(CloseBadReviewInput.safeParse({ id: "x", version: 0, improvement: "改进", noSystemicReason: "个案" }).success).toBe(true);
  });

  it("a close's TRAINING / PROCESS / OTHER artefact says at least 6 characters; OTHER also needs the no-systemic reason (E11)", () => {
    const close = (links: { type: "SERVICE_ITEM" | "TRAINING" | "PROCESS" | "OTHER"; ref: string }[], noSystemicReason?: string) =>
      CloseBadReviewInput.safeParse({ id: "x", version: 0, improvement: "改进提升", improvementLinks: links, noSystemicReason });
    const issue = (r: ReturnType<typeof close>) => (r.success ? null : r.error.issues.map((i) => i.path.join(".")));
    expect(issue(close([{ type: "TRAINING", ref: "培训" }]))).toEqual(["improvementLinks.0.ref"]);
    expect(issue(close([{ type: "PROCESS", ref: "x" }]))).toEqual(["improvementLinks.0.ref"]);
    expect(close([{ type: "TRAINING", ref: "12月服务礼仪专题培训" }]).success).toBe(true);
    expect(close([{ type: "PROCESS", ref: "午间值班表每日公示" }]).success).toBe(true);
    // A short item code is fine: the service checks that it names a published item.
    expect(close([{ type: "SERVICE_ITEM", ref: "PC-1" }]).success).toBe(true);
    expect(issue(close([{ type: "OTHER", ref: "已对窗口人员提醒到位" }]))).toEqual(["noSystemicReason"]);
    expect(close([{ type: "OTHER", ref: "已对窗口人员提醒到位" }], "属个人偶发失误").success).toBe(true);
    expect(issue(close([{ type: "OTHER", ref: "已改进" }], "个案"))).toEqual(["improvementLinks.0.ref"]);
  });
});
