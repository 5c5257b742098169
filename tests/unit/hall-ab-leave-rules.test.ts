import { describe, expect, it } from "vitest";
import { approvalTimingProblem, daysTouched, intervalsOverlap, overlapOf, parseShanghaiDateTime, requestTimingProblem, toShanghaiInput } from "@/lib/hall/leave/rules";

const t = (s: string) => parseShanghaiDateTime(s);
const none = new Map<string, boolean>();

describe("leave rules (STF-07, ORG-42)", () => {
  it("reads and writes Shanghai wall time", () => {
    expect(t("2026-03-10T08:30").toISOString()).toBe("2026-03-10T00:30:00.000Z");
    expect(toShanghaiInput(new Date("2026-03-09T16:30:00Z"))).toBe("2026-03-10T00:30");
  });

  it("half-open intervals: touching ends do not overlap (ORG-42 counts simultaneous absence)", () => {
    const a = { startsAt: t("2026-03-10T08:30"), endsAt: t("2026-03-10T12:00") };
    const b = { startsAt: t("2026-03-10T12:00"), endsAt: t("2026-03-10T17:30") };
    expect(intervalsOverlap(a, b)).toBe(false);
    expect(intervalsOverlap(a, { ...b, startsAt: t("2026-03-10T11:59") })).toBe(true);
    expect(overlapOf(a, b)).toBeNull();
    expect(overlapOf(a, { startsAt: t("2026-03-10T10:00"), endsAt: t("2026-03-11T10:00") })).toEqual({ startsAt: t("2026-03-10T10:00"), endsAt: a.endsAt });
  });

  it("lists the Shanghai days an interval touches; midnight ends on the previous day", () => {
    expect(daysTouched(t("2026-03-10T08:30"), t("2026-03-12T17:30"))).toEqual(["2026-03-10", "2026-03-11", "2026-03-12"]);
    expect(daysTouched(t("2026-03-10T08:30"), t("2026-03-11T00:00"))).toEqual(["2026-03-10"]);
    expect(daysTouched(t("2026-03-10T08:30"), t("2026-03-10T08:30"))).toEqual([]);
  });

  it("STF-07: ahead of time, except sick leave up to the 2nd working day after it began", () => {
    const wed = t("2026-03-11T10:00");
    expect(requestTimingProblem("ANNUAL", t("2026-03-11T14:00"), wed, none)).toBeNull();
    expect(requestTimingProblem("ANNUAL", t("2026-03-11T08:30"), wed, none)).toMatch("开始前");
    expect(requestTimingProblem("SICK", t("2026-03-09T08:30"), wed, none)).toBeNull();
    expect(requestTimingProblem("SICK", t("2026-03-06T08:30"), wed, none)).toMatch("2026-03-10");
    // A holiday on Monday stretches the window: Fri → Tue, Wed.
    expect(requestTimingProblem("SICK", t("2026-03-06T08:30"), wed, new Map([["2026-03-09", false]]))).toBeNull();
  });

  it("approval after the start only for sick leave", () => {
    const now = t("2026-03-11T10:00");
    expect(approvalTimingProblem("PERSONAL", t("2026-03-11T09:00"), now)).toMatch("已开始");
    expect(approvalTimingProblem("SICK", t("2026-03-11T09:00"), now)).toBeNull();
    expect(approvalTimingProblem("PERSONAL", t("2026-03-11T11:00"), now)).toBeNull();
  });
});
