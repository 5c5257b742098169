import { describe, expect, it } from "vitest";
import { findTransition } from "@/lib/core/workflow-rules";
import { earliestSlotToday, SLOT_CAPACITY, SLOT_MINUTES, slotPhase, slotStartingAt, workdaySlotRefusal, workdaySlots } from "@/lib/hall/appointments/slots";
import { RequestAppointmentInput } from "@/lib/hall/appointments/schemas";
import { appointmentWorkflow, type AppointmentFacts } from "@/lib/hall/appointments/workflow";

const at = (iso: string) => new Date(iso);

describe("appointment timetable (AMB-50)", () => {
  it("30-minute slots inside 08:30–12:00 and 13:30–17:00, capacity 2", () => {
    const slots = workdaySlots();
    expect(SLOT_MINUTES).toBe(30);
    expect(SLOT_CAPACITY).toBe(2);
    expect(slots).toHaveLength(14);
    expect(slots[0]).toEqual({ start: "08:30", end: "09:00" });
    expect(slots[6]).toEqual({ start: "11:30", end: "12:00" });
    expect(slots[7]).toEqual({ start: "13:30", end: "14:00" });
    expect(slots.at(-1)).toEqual({ start: "16:30", end: "17:00" });
    expect(slotStartingAt("12:00")).toBeNull();
    expect(slotStartingAt("13:00")).toBeNull();
    expect(slotStartingAt("09:15")).toBeNull();
  });

  it("phases and the earliest slot of today, in Shanghai time", () => {
    const slot = { start: "09:00", end: "09:30" };
    expect(slotPhase("2033-03-08", slot, at("2033-03-08T00:59:00Z"))).toBe("future");
    expect(slotPhase("2033-03-08", slot, at("2033-03-08T01:00:00Z"))).toBe("current");
    expect(slotPhase("2033-03-08", slot, at("2033-03-08T01:30:00Z"))).toBe("past");
    expect(earliestSlotToday("2033-03-08", at("2033-03-08T01:10:00Z"))).toEqual(slot);
    expect(earliestSlotToday("2033-03-08", at("2033-03-08T04:10:00Z"))).toEqual({ start: "13:30", end: "14:00" }); // 12:10, lunch
    expect(earliestSlotToday("2033-03-08", at("2033-03-08T09:00:00Z"))).toBeNull(); // 17:00
  });

  it("capacity, the past, and the urgent same-day exception (§7.2.2 a)", () => {
    const p = { date: "2033-03-08", today: "2033-03-07", slot: { start: "09:00", end: "09:30" }, now: at("2033-03-07T02:00:00Z"), booked: 0, urgent: false };
    expect(workdaySlotRefusal(p)).toBeNull();
    expect(workdaySlotRefusal({ ...p, booked: 2 })).toContain("已约满");
    expect(workdaySlotRefusal({ ...p, booked: 2, urgent: true })).toContain("仅可当天");
    const sameDay = { ...p, today: "2033-03-08", now: at("2033-03-08T01:10:00Z") };
    expect(workdaySlotRefusal(sameDay)).toContain("已开始");
    expect(workdaySlotRefusal({ ...sameDay, urgent: true, booked: 5 })).toBeNull();
    expect(workdaySlotRefusal({ ...sameDay, urgent: true, slot: { start: "08:30", end: "09:00" } })).toContain("已结束");
    expect(workdaySlotRefusal({ ...p, date: "2033-03-06" })).toContain("不能早于今天");
  });

  it("the request schema: item for service appointments, topic for video, window for workday, end time for non-working days, agents on site", () => {
    const base = { type: "WORKDAY", method: "PHONE", applicantPersonId: "p1", contactPhone: "13800138000", date: "2033-03-08", startTime: "09:00" };
    const fields = (v: object) => {
      const r = RequestAppointmentInput.safeParse(v);
      return r.success ? [] : r.error.issues.map((i) => i.path.join("."));
    };
    expect(fields(base)).toEqual(expect.arrayContaining(["serviceItemCode", "windowId"]));
    expect(fields({ ...base, serviceItemCode: "X", windowId: "w", agentName: "王小明" })).toEqual(["agentName"]);
    expect(fields({ ...base, type: "REMOTE_VIDEO" })).toEqual(["topic"]);
    expect(fields({ ...base, type: "NON_WORKING_DAY", serviceItemCode: "X", urgent: true })).toEqual(expect.arrayContaining(["endTime", "urgent"]));
    expect(fields({ ...base, type: "NON_WORKING_DAY", serviceItemCode: "X", endTime: "08:00" })).toEqual(["endTime"]);
    expect(fields({ ...base, serviceItemCode: "X", windowId: "w", startTime: "12:30" })).toEqual(["startTime"]);
  });
});

describe("appointment machine (§3.12.6)", () => {
  const facts = (over: Partial<AppointmentFacts> = {}): AppointmentFacts => ({
    type: "NON_WORKING_DAY", approved: false, assignedStaffId: "staff", videoRoom: null, isToday: false, dayReached: false, slotEnded: false, ...over,
  });
  const rec = (status: "REQUESTED" | "CONFIRMED", f: AppointmentFacts) => ({ id: "a", status, orgPath: "/1/", facts: f });
  const reviewer = { userId: "rev", role: "REVIEWER" as const, level: "DISTRICT" as const };
  const staff = { userId: "staff", role: "CLERK" as const, level: "DISTRICT" as const };

  it("non-working day: approve (reviewer, not the requester) then accept (the named staff) → CONFIRMED", () => {
    expect(() => findTransition(appointmentWorkflow, staff, rec("REQUESTED", facts()), "confirm", [])).toThrow("审核人员批准");
    expect(findTransition(appointmentWorkflow, reviewer, rec("REQUESTED", facts()), "approve", [{ action: "request", actorId: "clerk" }]).to).toBe("REQUESTED");
    expect(() => findTransition(appointmentWorkflow, reviewer, rec("REQUESTED", facts()), "approve", [{ action: "request", actorId: "rev" }])).toThrow("本人提交");
    expect(() => findTransition(appointmentWorkflow, staff, rec("REQUESTED", facts()), "accept", [])).toThrow("须先经审核人员批准");
    expect(findTransition(appointmentWorkflow, staff, rec("REQUESTED", facts({ approved: true })), "accept", []).to).toBe("CONFIRMED");
  });

  it("no-show only after the slot; check-in only on the day", () => {
    const wd = facts({ type: "WORKDAY" });
    expect(() => findTransition(appointmentWorkflow, staff, rec("CONFIRMED", wd), "noShow", [])).toThrow("结束后");
    expect(findTransition(appointmentWorkflow, staff, rec("CONFIRMED", { ...wd, slotEnded: true }), "noShow", []).to).toBe("NO_SHOW");
    expect(() => findTransition(appointmentWorkflow, staff, rec("CONFIRMED", wd), "checkIn", [])).toThrow("当天");
    expect(findTransition(appointmentWorkflow, staff, rec("CONFIRMED", { ...wd, isToday: true }), "checkIn", []).to).toBe("CHECKED_IN");
  });
});
