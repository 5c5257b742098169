import { describe, expect, it } from "vitest";
import { firstOverlap, isEmptyPeriod, periodCovers, periodsOverlap } from "@/lib/hall/ab/period";

describe("A/B assignment periods (SPEC §2.7: no overlapping assignment for the same window)", () => {
  it("inclusive ends overlap on a shared day; adjacent periods do not", () => {
    expect(periodsOverlap({ from: "2026-03-01", to: "2026-03-10" }, { from: "2026-03-10", to: "2026-03-20" })).toBe(true);
    expect(periodsOverlap({ from: "2026-03-01", to: "2026-03-09" }, { from: "2026-03-10", to: null })).toBe(false);
    expect(periodsOverlap({ from: "2026-03-10", to: null }, { from: "2026-03-01", to: "2026-03-09" })).toBe(false);
  });

  it("open-ended periods reach forever", () => {
    expect(periodsOverlap({ from: "2026-03-01", to: null }, { from: "2099-01-01", to: "2099-01-02" })).toBe(true);
    expect(periodsOverlap({ from: "2026-03-01", to: null }, { from: "2020-01-01", to: null })).toBe(true);
    expect(periodsOverlap({ from: "2026-03-01", to: null }, { from: "2020-01-01", to: "2026-02-28" })).toBe(false);
  });

  it("a cancelled period (ended the day before it starts) covers nothing and overlaps nothing", () => {
    const cancelled = { from: "2026-03-10", to: "2026-03-09" };
    expect(isEmptyPeriod(cancelled)).toBe(true);
    expect(periodsOverlap(cancelled, { from: "2026-03-09", to: "2026-03-12" })).toBe(false);
    expect(periodCovers(cancelled, "2026-03-09")).toBe(false);
    expect(periodCovers(cancelled, "2026-03-10")).toBe(false);
  });

  it("covers its own days only", () => {
    const p = { from: "2026-03-01", to: "2026-03-03" };
    expect(["2026-02-28", "2026-03-01", "2026-03-03", "2026-03-04"].map((d) => periodCovers(p, d))).toEqual([false, true, true, false]);
  });

  it("finds the first clashing assignment", () => {
    const existing = [{ id: "a", from: "2026-01-01", to: "2026-01-31" }, { id: "b", from: "2026-02-01", to: null }];
    expect(firstOverlap(existing, { from: "2026-03-01", to: null })?.id).toBe("b");
    expect(firstOverlap(existing, { from: "2025-12-01", to: "2025-12-31" })).toBeNull();
  });
});
