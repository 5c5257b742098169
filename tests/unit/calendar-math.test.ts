import { describe, it, expect } from "vitest";
import {
  addMonthsClamped,
  addWorkingDays,
  isWorkingDay,
  todayInShanghai,
  workingDaysBetween,
  type DayOverride,
} from "@/lib/core/calendar-math";

const NONE: DayOverride = new Map();
// 2025 National Day (State Council notice): 10-01..10-08 off, Sun 09-28 and Sat 10-11 make-up days.
const NATIONAL_DAY: DayOverride = new Map([
  ...["01", "02", "03", "06", "07", "08"].map((d) => [`2025-10-${d}`, false] as const),
  ["2025-09-28", true],
  ["2025-10-11", true],
]);

describe("X-40 working days", () => {
  it("defaults to Mon–Fri", () => {
    expect(isWorkingDay("2025-06-13", NONE)).toBe(true); // Friday
    expect(isWorkingDay("2025-06-14", NONE)).toBe(false); // Saturday
    expect(isWorkingDay("2025-06-15", NONE)).toBe(false); // Sunday
  });

  it("lets loaded holidays and make-up days override the default", () => {
    expect(isWorkingDay("2025-10-01", NATIONAL_DAY)).toBe(false);
    expect(isWorkingDay("2025-10-11", NATIONAL_DAY)).toBe(true);
  });

  it("addWorkingDays is the N-th working day strictly after D (§0.4)", () => {
    expect(addWorkingDays("2025-06-13", 1, NONE)).toBe("2025-06-16");
    expect(addWorkingDays("2025-06-14", 1, NONE)).toBe("2025-06-16");
    expect(addWorkingDays("2025-06-16", 5, NONE)).toBe("2025-06-23");
    expect(addWorkingDays("2025-06-16", 0, NONE)).toBe("2025-06-16");
    expect(addWorkingDays("2025-06-16", -2, NONE)).toBe("2025-06-12");
  });

  it("skips the holiday and counts the make-up Saturday", () => {
    expect(addWorkingDays("2025-09-30", 1, NATIONAL_DAY)).toBe("2025-10-09");
    expect(addWorkingDays("2025-09-30", 3, NATIONAL_DAY)).toBe("2025-10-11");
    expect(addWorkingDays("2025-09-26", 1, NATIONAL_DAY)).toBe("2025-09-28");
  });

  it("workingDaysBetween counts (from, to] and is negative backwards", () => {
    expect(workingDaysBetween("2025-06-13", "2025-06-16", NONE)).toBe(1);
    expect(workingDaysBetween("2025-06-16", "2025-06-16", NONE)).toBe(0);
    expect(workingDaysBetween("2025-06-16", "2025-06-13", NONE)).toBe(-1);
    expect(workingDaysBetween("2025-09-30", "2025-10-12", NATIONAL_DAY)).toBe(3);
  });

  it("addMonthsClamped keeps the day or clamps to month end (§0.4)", () => {
    expect(addMonthsClamped("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonthsClamped("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonthsClamped("2025-01-15", 1)).toBe("2025-02-15");
    expect(addMonthsClamped("2025-11-30", 3)).toBe("2026-02-28");
    expect(addMonthsClamped("2025-03-31", -1)).toBe("2025-02-28");
    expect(addMonthsClamped("2024-02-29", 12)).toBe("2025-02-28");
  });

  it("rejects malformed dates instead of rolling them over", () => {
    expect(() => isWorkingDay("2025-02-30", NONE)).toThrow();
    expect(() => addWorkingDays("2025/01/01", 1, NONE)).toThrow();
  });

  it("todayInShanghai uses UTC+8 regardless of host timezone", () => {
    expect(todayInShanghai(new Date("2025-06-14T15:59:59Z"))).toBe("2025-06-14");
    expect(todayInShanghai(new Date("2025-06-14T16:00:00Z"))).toBe("2025-06-15");
  });
});

describe("date validation edge cases", () => {
  it("rejects a month that would roll over into the next year", async () => {
    const { isValidDateString } = await import("@/lib/core/calendar-math");
    expect(isValidDateString("2027-13-01")).toBe(false);
    expect(isValidDateString("2027-00-10")).toBe(false);
    expect(isValidDateString("2028-02-29")).toBe(true);
  });
});
