import { describe, expect, it } from "vitest";
import { workingDaysBetween, type DayOverride } from "@/lib/core/calendar-math";
import {
  appointmentReminderDue, calendarYearToCheck, deadlineStage, escalationLevel, lunchRosterCheck, mondayOf, sendsDailyOverdue,
  staleBefore, trackingStaleness,
} from "@/lib/reminders/rule-dates";
import { dailyRunDue, daySlotOf, hourSlotOf, shanghaiTimeOf } from "@/lib/reminders/slots";

const NONE: DayOverride = new Map();
// 2025 National Day (State Council notice): 10-01..10-08 off, Sun 09-28 and Sat 10-11 make-up days.
const NATIONAL_DAY: DayOverride = new Map([
  ...["01", "02", "03", "06", "07", "08"].map((d) => [`2025-10-${d}`, false] as const),
  ["2025-09-28", true],
  ["2025-10-11", true],
]);

describe("R-HALL-1 deadline stages (§7.9.1: T-2, T-1, overdue)", () => {
  // Due Thursday 2025-06-19: T-2 is Tuesday 06-17, T-1 Wednesday 06-18.
  const due = "2025-06-19";
  it("is silent before T-2", () => {
    expect(deadlineStage("2025-06-16", due, [2, 1], NONE)).toEqual({ kind: "none" });
  });
  it("warns at T-2, then at T-1 (and on the due day the T-1 warning still stands)", () => {
    expect(deadlineStage("2025-06-17", due, [2, 1], NONE)).toEqual({ kind: "warn", offset: 2 });
    expect(deadlineStage("2025-06-18", due, [2, 1], NONE)).toEqual({ kind: "warn", offset: 1 });
    expect(deadlineStage("2025-06-19", due, [2, 1], NONE)).toEqual({ kind: "warn", offset: 1 });
  });
  it("a missed T-2 run catches up with the nearer warning, never both", () => {
    expect(deadlineStage("2025-06-18", due, [1, 2], NONE)).toEqual({ kind: "warn", offset: 1 });
  });
  it("counts working days back over a weekend: due Monday → T-2 Thursday, T-1 Friday", () => {
    expect(deadlineStage("2025-06-19", "2025-06-23", [2, 1], NONE)).toEqual({ kind: "warn", offset: 2 });
    expect(deadlineStage("2025-06-21", "2025-06-23", [2, 1], NONE)).toEqual({ kind: "warn", offset: 1 });
  });
  it("is overdue the day after and counts overdue working days (weekends and holidays skipped)", () => {
    expect(deadlineStage("2025-06-20", due, [2, 1], NONE)).toEqual({ kind: "overdue", workingDaysOverdue: 1 });
    expect(deadlineStage("2025-06-24", due, [2, 1], NONE)).toEqual({ kind: "overdue", workingDaysOverdue: 3 });
    // Due 09-30; overdue across National Day: working days 10-09, 10-10, 10-11 (make-up Saturday).
    expect(deadlineStage("2025-10-11", "2025-09-30", [2, 1], NATIONAL_DAY)).toEqual({ kind: "overdue", workingDaysOverdue: 3 });
  });
  it("R-EVA-1 warns only on the due day (offset 0)", () => {
    expect(deadlineStage("2025-06-18", due, [0], NONE)).toEqual({ kind: "none" });
    expect(deadlineStage("2025-06-19", due, [0], NONE)).toEqual({ kind: "warn", offset: 0 });
  });
});

describe("X-42 escalation", () => {
  it("reaches the unit reviewer at 3 and the parent unit's reviewer at 10 working days", () => {
    expect([0, 1, 2, 3, 9, 10, 30].map((n) => escalationLevel(n))).toEqual([0, 0, 0, 1, 1, 2, 2]);
  });
  it("sends the daily overdue notice on working days only", () => {
    expect(sendsDailyOverdue("2025-06-20", NONE)).toBe(true);
    expect(sendsDailyOverdue("2025-06-21", NONE)).toBe(false);
    expect(sendsDailyOverdue("2025-10-11", NATIONAL_DAY)).toBe(true);
  });
});

describe("HALL-50 tracking freshness (5 working days)", () => {
  it("staleBefore agrees with workingDaysBetween for every activity date over two months", () => {
    for (const [cal, today] of [[NONE, "2025-06-18"], [NONE, "2025-06-21"], [NATIONAL_DAY, "2025-10-10"], [NATIONAL_DAY, "2025-10-05"]] as const) {
      const cutoff = staleBefore(today, 5, cal);
      for (let i = 0; i < 60; i++) {
        const d = new Date(Date.parse(`${today}T00:00:00Z`) - i * 86_400_000).toISOString().slice(0, 10);
        expect(d < cutoff, `${today} activity ${d}`).toBe(workingDaysBetween(d, today, cal) >= 5);
      }
    }
  });
  it("numbers the 5-day stretches so a case left alone reminds once per stretch", () => {
    expect(trackingStaleness("2025-06-02", "2025-06-06", NONE)).toEqual({ workingDays: 4, stretch: 0 });
    expect(trackingStaleness("2025-06-02", "2025-06-09", NONE)).toEqual({ workingDays: 5, stretch: 1 });
    expect(trackingStaleness("2025-06-02", "2025-06-13", NONE)).toEqual({ workingDays: 9, stretch: 1 });
    expect(trackingStaleness("2025-06-02", "2025-06-16", NONE)).toEqual({ workingDays: 10, stretch: 2 });
  });
});

describe("R-HALL-7 non-working-day appointment confirmation", () => {
  it("is due from the working day before the date until the date", () => {
    // Saturday 2025-06-21: the working day before is Friday 06-20.
    expect(appointmentReminderDue("2025-06-19", "2025-06-21", NONE)).toBe(false);
    expect(appointmentReminderDue("2025-06-20", "2025-06-21", NONE)).toBe(true);
    expect(appointmentReminderDue("2025-06-21", "2025-06-21", NONE)).toBe(true);
    expect(appointmentReminderDue("2025-06-22", "2025-06-21", NONE)).toBe(false);
    // During National Day: 10-05 is a holiday; the working day before it is 09-30.
    expect(appointmentReminderDue("2025-09-30", "2025-10-05", NATIONAL_DAY)).toBe(true);
    expect(appointmentReminderDue("2025-09-29", "2025-10-05", NATIONAL_DAY)).toBe(false);
  });
});

describe("R-HALL-2 lunch roster check (15:00 on the last working day of the week)", () => {
  it("finds Monday of the week", () => {
    expect(mondayOf("2025-06-18")).toBe("2025-06-16");
    expect(mondayOf("2025-06-22")).toBe("2025-06-16");
    expect(mondayOf("2025-06-16")).toBe("2025-06-16");
  });
  it("checks next week's working days from Friday 15:00 through the weekend", () => {
    expect(lunchRosterCheck("2025-06-19", "16:00", NONE)).toBeNull();
    expect(lunchRosterCheck("2025-06-20", "14:59", NONE)).toBeNull();
    const due = { weekOf: "2025-06-23", days: ["2025-06-23", "2025-06-24", "2025-06-25", "2025-06-26", "2025-06-27"] };
    expect(lunchRosterCheck("2025-06-20", "15:00", NONE)).toEqual(due);
    expect(lunchRosterCheck("2025-06-22", "08:00", NONE)).toEqual(due);
  });
  it("follows the calendar: a make-up Saturday is the week's last working day; holidays are not roster days", () => {
    // Week of 10-06: 10-06..10-08 off, 10-09/10 working, Saturday 10-11 make-up day.
    expect(lunchRosterCheck("2025-10-10", "16:00", NATIONAL_DAY)).toBeNull();
    expect(lunchRosterCheck("2025-10-11", "15:30", NATIONAL_DAY)?.weekOf).toBe("2025-10-13");
    // Week of 09-22 (ends Fri 09-26): next week has 09-28 (make-up Sunday belongs to the week of 09-22)…
    expect(lunchRosterCheck("2025-09-26", "15:00", NATIONAL_DAY)).toBeNull();
    expect(lunchRosterCheck("2025-09-28", "15:00", NATIONAL_DAY)).toEqual({ weekOf: "2025-09-29", days: ["2025-09-29", "2025-09-30"] });
  });
});

describe("R-X-1 work calendar", () => {
  it("checks next year from 1 December only", () => {
    expect(calendarYearToCheck("2026-11-30")).toBeNull();
    expect(calendarYearToCheck("2026-12-01")).toBe(2027);
    expect(calendarYearToCheck("2026-12-31")).toBe(2027);
  });
});

describe("scheduler slots (Asia/Shanghai)", () => {
  it("names the Shanghai hour and day, whatever the server's timezone", () => {
    const t = new Date("2026-11-30T22:40:00Z"); // 06:40 on 12-01 in Shanghai
    expect(hourSlotOf(t)).toBe("2026-12-01T06");
    expect(daySlotOf(t)).toBe("2026-12-01");
    expect(shanghaiTimeOf(t)).toBe("06:40");
  });
  it("runs the daily rules from 06:30", () => {
    expect(dailyRunDue(new Date("2026-11-30T22:29:00Z"))).toBe(false);
    expect(dailyRunDue(new Date("2026-11-30T22:30:00Z"))).toBe(true);
  });
});

describe("R-EVA-2 quarterly analysis due date (EVA-06)", () => {
  it("is the 5th working day after the quarter ends, then stays due for that quarter", async () => {
    const { quarterlyAnalysisDue } = await import("@/lib/reminders/rule-dates");
    const none = new Map<string, boolean>();
    // Q4 2026 ends Thu Dec 31; 5 working days after: Jan 1 (Fri), 4, 5, 6, 7 → Thu 2027-01-07.
    expect(quarterlyAnalysisDue("2027-01-06", none)).toBeNull();
    expect(quarterlyAnalysisDue("2027-01-07", none)).toEqual({ quarterKey: "2026-Q4", due: "2027-01-07" });
    expect(quarterlyAnalysisDue("2027-03-31", none)).toEqual({ quarterKey: "2026-Q4", due: "2027-01-07" });
    // With New Year's Day off the due date moves one working day later.
    expect(quarterlyAnalysisDue("2027-01-07", new Map([["2027-01-01", false]]))).toBeNull();
    expect(quarterlyAnalysisDue("2026-10-09", none)).toEqual({ quarterKey: "2026-Q3", due: "2026-10-07" });
  });
});
