import { describe, expect, it } from "vitest";
import { rotateDuty } from "@/lib/hall/duty/rotation";
import { closingTimeOf, isPromptTime, minusMinutes } from "@/lib/hall/duty/closing-time";
import { isMonday, lunchSlotOf, mondayOf, monthBounds, weekDates } from "@/lib/hall/duty/week";

const day = (date: string, away: string[] = []) => ({ date, unavailable: new Set(away) });

describe("lunch-duty round-robin (HALL-11)", () => {
  it("rotates through the staff in order, one per day", () => {
    const r = rotateDuty(["a", "b", "c"], [day("1"), day("2"), day("3"), day("4")], 1);
    expect(r.map((x) => x.userIds)).toEqual([["a"], ["b"], ["c"], ["a"]]);
  });

  it("skips someone on leave, who keeps the front of the queue for their next available day", () => {
    const r = rotateDuty(["a", "b", "c"], [day("1", ["a"]), day("2"), day("3"), day("4")], 1);
    expect(r.map((x) => x.userIds)).toEqual([["b"], ["a"], ["c"], ["b"]]);
  });

  it("resumes after last week's last person and picks several per day without repeats", () => {
    expect(rotateDuty(["a", "b", "c"], [day("1"), day("2")], 1, "b").map((x) => x.userIds)).toEqual([["c"], ["a"]]);
    expect(rotateDuty(["a", "b", "c"], [day("1"), day("2")], 2).map((x) => x.userIds)).toEqual([["a", "b"], ["c", "a"]]);
    // An unknown "last person" starts from the top.
    expect(rotateDuty(["a", "b"], [day("1")], 1, "zz")[0].userIds).toEqual(["a"]);
  });

  it("leaves a day empty when everyone is away (the caller falls back or refuses)", () => {
    expect(rotateDuty(["a", "b"], [day("1", ["a", "b"])], 1)[0].userIds).toEqual([]);
    expect(rotateDuty([], [day("1")], 1)[0].userIds).toEqual([]);
  });
});

describe("closing time (HALL-10)", () => {
  it("takes the end of the unit's last span, 17:00 by default", () => {
    expect(closingTimeOf(null)).toBe("17:00");
    expect(closingTimeOf([{ from: "08:30", to: "12:00" }, { from: "13:30", to: "17:30" }])).toBe("17:30");
    expect(closingTimeOf({ spans: [["9:00", "12:00"], ["14:00", "18:00"]] })).toBe("18:00");
    expect(closingTimeOf("工作日 08:30—12:00，13:30—17:00")).toBe("17:00");
    expect(closingTimeOf({ closingTime: "16:30", spans: [["08:00", "18:00"]] })).toBe("16:30");
    expect(closingTimeOf({ text: "见公告" })).toBe("17:00");
  });

  it("opens the prompt 15 minutes before closing, in Shanghai time", () => {
    expect(minusMinutes("17:00", 15)).toBe("16:45");
    expect(isPromptTime(new Date("2026-03-10T08:44:00Z"), "17:00")).toBe(false);
    expect(isPromptTime(new Date("2026-03-10T08:45:00Z"), "17:00")).toBe(true);
  });
});

describe("roster weeks", () => {
  it("finds Mondays, week days, month bounds and the fixed 12:00–13:30 slot", () => {
    expect(mondayOf("2026-03-15")).toBe("2026-03-09");
    expect(mondayOf("2026-03-09")).toBe("2026-03-09");
    expect(isMonday("2026-03-09")).toBe(true);
    expect(isMonday("2026-03-10")).toBe(false);
    expect(isMonday("bad")).toBe(false);
    expect(weekDates("2026-03-09")).toHaveLength(7);
    expect(monthBounds("2028-02")).toEqual({ first: "2028-02-01", last: "2028-02-29" });
    expect(monthBounds("2028-13")).toBeNull();
    expect(lunchSlotOf("2026-03-09")).toEqual({ startsAt: new Date("2026-03-09T04:00:00Z"), endsAt: new Date("2026-03-09T05:30:00Z") });
  });
});
