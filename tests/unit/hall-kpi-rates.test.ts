import { describe, expect, it } from "vitest";
import { addCounts, formatRate, ratesOf, ZERO } from "@/lib/hall/kpi/rates";
import { parsePeriod, quarterOf } from "@/lib/hall/kpi/period";

describe("hall KPIs (§3.12.10, §3.14)", () => {
  it("computes each rate from its own numerator and denominator", () => {
    const r = ratesOf({ ...ZERO, completedClocked: 8, onTime: 6, noticed: 5, noticedTwice: 1, consultations: 4, onSpot: 3, evaluations: 10, satisfied: 9, bad: 1 });
    expect(r.onTimeRate).toBe(0.75);
    expect(r.oneTimeRate).toBeCloseTo(0.8);
    expect(r.onSpotRate).toBe(0.75);
    expect(r.satisfactionRate).toBe(0.9);
    expect(r.badRate).toBe(0.1);
  });

  it("a rate with nothing to count is '—', never 0 % or 100 %", () => {
    const r = ratesOf(ZERO);
    expect(Object.values(r).every((v) => v === null)).toBe(true);
    expect(formatRate(null)).toBe("—");
    expect(formatRate(0.8123)).toBe("81.2%");
  });

  it("adds counts for totals", () => {
    expect(addCounts({ ...ZERO, received: 2 }, { received: 3, bad: 1 })).toMatchObject({ received: 5, bad: 1 });
  });

  it("periods default to this quarter to date and quarters end on their last day", () => {
    expect(parsePeriod(undefined, undefined, new Date("2026-12-15T04:00:00Z"))).toEqual({ from: "2026-10-01", to: "2026-12-15" });
    expect(parsePeriod("2026-12-10", "2026-12-01")).toEqual({ from: "2026-12-01", to: "2026-12-10" });
    expect(quarterOf("2026-11-05")).toEqual({ from: "2026-10-01", to: "2026-12-31" });
    expect(quarterOf("2026-02-28")).toEqual({ from: "2026-01-01", to: "2026-03-31" });
  });
});
