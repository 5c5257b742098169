import { describe, expect, it } from "vitest";
import { completedOnTime, extendedDueDate, isOverdue, promisedDueDate, resumedDueDate } from "@/lib/hall/cases/due-date";

// 2026 National Day: Oct 1–7 off, Sep 27 (Sun) and Oct 10 (Sat) make-up working days.
const holidays = new Map<string, boolean>([
  ...["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07"].map((d) => [d, false] as [string, boolean]),
  ["2026-09-27", true], ["2026-10-10", true],
]);
const none = new Map<string, boolean>();

describe("promised due date (§7.9.1, SPEC §3.12.2)", () => {
  it("counts working days strictly after acceptance, skipping weekends", () => {
    // Thu 2026-11-26 + 3 working days: Fri 27, Mon 30, Tue Dec 1.
    expect(promisedDueDate("2026-11-26", 3, none)).toBe("2026-12-01");
  });

  it("skips loaded holidays and counts make-up days", () => {
    // Wed 2026-09-30 + 2: Oct 1–7 off, Thu Oct 8, Fri Oct 9.
    expect(promisedDueDate("2026-09-30", 2, holidays)).toBe("2026-10-09");
    // + 3 reaches the make-up Saturday Oct 10.
    expect(promisedDueDate("2026-09-30", 3, holidays)).toBe("2026-10-10");
    // Sat 2026-09-26 + 1: the make-up Sunday the 27th.
    expect(promisedDueDate("2026-09-26", 1, holidays)).toBe("2026-09-27");
  });

  it("即办 (0 days) is due the same day, or the next working day when accepted on a day off", () => {
    expect(promisedDueDate("2026-11-26", 0, none)).toBe("2026-11-26");
    expect(promisedDueDate("2026-11-28", 0, none)).toBe("2026-11-30");
    expect(promisedDueDate("2026-10-03", 0, holidays)).toBe("2026-10-08");
  });
});

describe("clock pause and extension (AMB-12, errata A5)", () => {
  it("moves the due date by the working days spent waiting", () => {
    // Due Fri Dec 4; paused Mon Nov 30, resumed Thu Dec 3: Dec 1, 2, 3 waited → due + 3 = Wed Dec 9.
    expect(resumedDueDate("2026-12-04", "2026-11-30", "2026-12-03", none)).toBe("2026-12-09");
    expect(resumedDueDate("2026-12-04", "2026-11-30", "2026-11-30", none)).toBe("2026-12-04");
  });

  it("extends by working days from the due date in force", () => {
    expect(extendedDueDate("2026-09-30", 1, holidays)).toBe("2026-10-08");
  });
});

describe("overdue and on time", () => {
  it("a case is due until the end of its day", () => {
    expect(isOverdue("2026-12-01", true, "2026-12-01")).toBe(false);
    expect(isOverdue("2026-12-01", true, "2026-12-02")).toBe(true);
    expect(isOverdue("2026-12-01", false, "2026-12-09")).toBe(false);
    expect(isOverdue(null, true, "2026-12-09")).toBe(false);
  });

  it("finished on the due date is on time; a day later is not", () => {
    expect(completedOnTime("2026-12-01", "2026-12-01")).toBe(true);
    expect(completedOnTime("2026-12-01", "2026-12-02")).toBe(false);
    expect(completedOnTime(null, "2026-12-02")).toBeNull();
  });
});
