import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { invalidateCalendarCache } from "@/lib/core/calendar";
import { Conflict, FieldError, Forbidden, InvalidTransition, NotFound } from "@/lib/core/errors";
import type { Scope } from "@/lib/core/scope";
import { getPendingAppointmentApprovals, getPendingDutyAcceptances, getTodaysAppointments } from "@/lib/hall/appointments/desk";
import { appointmentFigures } from "@/lib/hall/appointments/figures";
import { getAppointment, listAppointments } from "@/lib/hall/appointments/queries";
import { completeAppointmentByCase } from "@/lib/hall/appointments/services/complete-by-case";
import { completeVideoAppointment } from "@/lib/hall/appointments/services/complete-video";
import { requestAppointment } from "@/lib/hall/appointments/services/request";
import { rescheduleAppointment } from "@/lib/hall/appointments/services/reschedule";
import { approveNonWorkingDay, confirmAppointment, reasonStepAppointment, stepAppointment } from "@/lib/hall/appointments/services/transitions";
import { registerCase } from "@/lib/hall/cases/services/register-case";
import { makeHall, makePerson, type Hall } from "../support/hall-factories";

// Far-future days (2033) no other test file loads calendar rows for. Shanghai = UTC+8.
const MON_0900 = new Date("2033-03-07T01:00:00Z"); // Mon 2033-03-07 09:00
const TUE_0910 = new Date("2033-03-08T01:10:00Z"); // Tue 2033-03-08 09:10 (inside the 09:00 slot)
const TUE_1000 = new Date("2033-03-08T02:00:00Z");

const fresh = (id: string) => db.appointment.findUniqueOrThrow({ where: { id } });

function workday(h: Hall, over: Record<string, unknown> = {}) {
  return {
    type: "WORKDAY" as const, method: "PHONE" as const, applicantPersonId: h.client.id, contactPhone: "13800138000",
    serviceItemCode: h.item.code, date: "2033-03-08", startTime: "09:00", windowId: h.window.id, ...over,
  };
}

async function book(h: Hall, over: Record<string, unknown> = {}, now = MON_0900, scope: Scope = h.clerkA.scope) {
  return requestAppointment(scope, workday(h, over) as never, now);
}

describe("appointments (§7.2, AMB-50)", () => {
  it("workday appointments sit in an opening-hours slot of a working day", async () => {
    const h = await makeHall();
    invalidateCalendarCache();
    await expect(book(h, { date: "2033-03-12" })).rejects.toMatchObject({ field: "date" }); // Saturday
    await expect(book(h, { startTime: "12:00" })).rejects.toMatchObject({ field: "startTime" }); // lunch
    await expect(book(h, { startTime: "08:45" })).rejects.toMatchObject({ field: "startTime" }); // off the grid
    await expect(book(h, { startTime: "17:00" })).rejects.toMatchObject({ field: "startTime" });
    await expect(book(h, { date: "2033-03-04" })).rejects.toMatchObject({ field: "date" }); // the past
    await expect(book(h, { windowId: undefined })).rejects.toMatchObject({ field: "windowId" });
    await expect(book(h, { serviceItemCode: undefined })).rejects.toMatchObject({ field: "serviceItemCode" });
    await expect(book(h, { contactPhone: "123" })).rejects.toBeInstanceOf(FieldError);
    await expect(book(h, { agentName: "王小明" })).rejects.toMatchObject({ field: "agentName" }); // agents book on site
    const a = await book(h, { startTime: "16:30", method: "ON_SITE", agentName: "王小明" });
    expect(a).toMatchObject({ status: "REQUESTED", startTime: "16:30", endTime: "17:00", orgPath: h.unit.path, agentName: "王小明" });
    expect(await db.statusHistory.count({ where: { entityType: "Appointment", entityId: a.id, action: "request" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityType: "Appointment", entityId: a.id, action: "CREATE" } })).toBe(1);
    // A holiday loaded in the calendar is not a working day.
    await db.workCalendarDay.create({ data: { date: new Date("2033-03-09T00:00:00Z"), isWorkingDay: false, name: "测试假日" } });
    invalidateCalendarCache();
    try {
      await expect(book(h, { date: "2033-03-09" })).rejects.toMatchObject({ field: "date" });
    } finally {
      await db.workCalendarDay.delete({ where: { date: new Date("2033-03-09T00:00:00Z") } });
      invalidateCalendarCache();
    }
  });

  it("a slot takes 2 per window; urgent (急事急办) may take today's current slot beyond that, never a later day's", async () => {
    const h = await makeHall();
    await book(h);
    await book(h);
    await expect(book(h)).rejects.toThrow("已约满");
    await expect(book(h, { urgent: true })).rejects.toThrow("仅可当天突破限额");
    // On the day, inside the slot: a normal booking is refused, an urgent one is taken.
    await expect(book(h, {}, TUE_0910)).rejects.toThrow("该时段已开始");
    const urgent = await book(h, { urgent: true }, TUE_0910);
    expect(urgent).toMatchObject({ urgent: true, startTime: "09:00" });
    await expect(book(h, { urgent: true, startTime: "08:30" }, TUE_0910)).rejects.toThrow("该时段已结束");
    // Cancelled appointments free their place.
    const other = await book(h, { startTime: "10:00" });
    await book(h, { startTime: "10:00" });
    await reasonStepAppointment(h.clerkA.scope, { id: other.id, version: other.version, action: "cancel", reason: "服务对象改日办理" }, MON_0900);
    await expect(book(h, { startTime: "10:00" })).resolves.toMatchObject({ status: "REQUESTED" });
  });

  it("confirm → check in on the day (优先办理) → completed by registering its case; no-show only after the slot", async () => {
    const h = await makeHall();
    const a = await book(h);
    await confirmAppointment(h.clerkA.scope, { id: a.id, version: a.version }, MON_0900);
    await expect(stepAppointment(h.clerkA.scope, { id: a.id, version: a.version + 1, action: "checkIn" }, MON_0900)).rejects.toThrow("只能在预约当天签到");
    await expect(stepAppointment(h.clerkA.scope, { id: a.id, version: a.version + 1, action: "noShow" }, TUE_0910)).rejects.toThrow("预约时段结束后");
    await stepAppointment(h.clerkA.scope, { id: a.id, version: a.version + 1, action: "checkIn" }, TUE_0910);
    expect(await fresh(a.id)).toMatchObject({ status: "CHECKED_IN" });
    const today = await getTodaysAppointments(h.clerkA.scope, TUE_0910);
    expect(today.find((r) => r.id === a.id)).toMatchObject({ priority: true });
    expect(await getTodaysAppointments(h.clerkB.scope, TUE_0910)).toEqual(expect.arrayContaining([expect.objectContaining({ id: a.id })]));
    // The case engine completes it (§3.12.6 "completing an appointment links to the created case").
    const kase = await registerCase(h.clerkA.scope, { clientPersonId: h.client.id, serviceItemCode: h.item.code, channel: "WINDOW", windowId: h.window.id, appointmentId: a.id });
    expect(await fresh(a.id)).toMatchObject({ status: "COMPLETED", caseId: kase.id });
    const view = await getAppointment(h.clerkA.scope, a.id, TUE_1000);
    expect(view.case?.caseNo).toBe(kase.caseNo);
    expect(view.steps).toEqual([]);
    // A confirmed one whose slot has passed is a no-show.
    const b = await book(h, { startTime: "08:30" });
    await confirmAppointment(h.clerkA.scope, { id: b.id, version: b.version }, MON_0900);
    await stepAppointment(h.clerkA.scope, { id: b.id, version: b.version + 1, action: "noShow" }, TUE_0910);
    expect(await fresh(b.id)).toMatchObject({ status: "NO_SHOW" });
    await expect(reasonStepAppointment(h.clerkA.scope, { id: b.id, version: b.version + 2, action: "cancel", reason: "x" }, TUE_0910)).rejects.toBeInstanceOf(InvalidTransition);
  });

  it("completeAppointmentByCase fires the completion inside the case's transaction through the engine; refuses video, unconfirmed and other clients' cases", async () => {
    const h = await makeHall();
    const a = await book(h);
    const kase = await registerCase(h.clerkA.scope, { clientPersonId: h.client.id, serviceItemCode: h.item.code, channel: "WINDOW", windowId: h.window.id });
    const complete = (id: string, caseId = kase.id, scope = h.clerkA.scope) => db.$transaction((tx) => completeAppointmentByCase(tx, scope, id, caseId, TUE_1000));
    // Not yet confirmed: refused next to the appointment field, nothing written.
    await expect(complete(a.id)).rejects.toMatchObject({ field: "appointmentId" });
    expect((await getAppointment(h.clerkA.scope, a.id, MON_0900)).can.registerCase).toBe(false);
    await confirmAppointment(h.clerkA.scope, { id: a.id, version: a.version }, MON_0900);
    const view = await getAppointment(h.clerkA.scope, a.id, MON_0900);
    expect(view.can.registerCase).toBe(true);
    expect(view.steps.map((s) => s.action)).not.toContain("completeByCase");
    // Another client's case does not complete it; an out-of-scope user does not find it.
    const stranger = await makePerson(h.townClerk.scope, h.tree.villageA, "李四");
    const otherCase = await registerCase(h.clerkA.scope, { clientPersonId: stranger.id, serviceItemCode: h.item.code, channel: "WINDOW", windowId: h.window.id });
    await expect(complete(a.id, otherCase.id)).rejects.toMatchObject({ field: "appointmentId" });
    await expect(complete(a.id, kase.id, h.sibling.scope)).rejects.toBeInstanceOf(NotFound);
    expect(await fresh(a.id)).toMatchObject({ status: "CONFIRMED", caseId: null });
    await complete(a.id);
    const done = await fresh(a.id);
    expect(done).toMatchObject({ status: "COMPLETED", caseId: kase.id, completedAt: TUE_1000 });
    expect(await db.statusHistory.findFirst({ where: { entityType: "Appointment", entityId: a.id, action: "completeByCase" } })).toMatchObject({ fromStatus: "CONFIRMED", toStatus: "COMPLETED", actorId: h.clerkA.user.id });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: "Appointment", entityId: a.id, action: "STATUS_CHANGE" }, orderBy: { id: "desc" } });
    expect(audit.diff).toMatchObject({ from: "CONFIRMED", to: "COMPLETED", action: "completeByCase", changes: { caseId: kase.id } });
    expect((await getAppointment(h.clerkA.scope, a.id, TUE_1000)).can.registerCase).toBe(false);
    // A second registration for the same appointment is refused (and its transaction rolls back).
    await expect(complete(a.id)).rejects.toMatchObject({ field: "appointmentId" });
    // A video consultation completes by its consultation, never by a case.
    const video = await book(h, { type: "REMOTE_VIDEO", serviceItemCode: undefined, windowId: undefined, topic: "咨询异地安置政策" });
    await confirmAppointment(h.clerkA.scope, { id: video.id, version: video.version, assignedStaffId: h.clerkB.user.id, videoRoom: "视频会议室1" }, MON_0900);
    await expect(complete(video.id)).rejects.toThrow("远程视频咨询预约由记录咨询答复完成");
    expect((await getAppointment(h.clerkA.scope, video.id, MON_0900)).can.registerCase).toBe(false);
    expect((await fresh(video.id)).status).toBe("CONFIRMED");
  });

  it("a non-working-day appointment needs a reviewer's approval (not the requester's), then the named staff member's acceptance", async () => {
    const h = await makeHall();
    const nwd = { type: "NON_WORKING_DAY" as const, date: "2033-03-12", startTime: "09:00", endTime: "11:00", windowId: undefined };
    await expect(book(h, { ...nwd, date: "2033-03-08" })).rejects.toMatchObject({ field: "date" }); // a working day
    await expect(book(h, { ...nwd, endTime: "08:00" })).rejects.toMatchObject({ field: "endTime" });
    const a = await book(h, nwd);
    await expect(confirmAppointment(h.clerkA.scope, { id: a.id, version: a.version }, MON_0900)).rejects.toBeInstanceOf(InvalidTransition);
    await expect(approveNonWorkingDay(h.clerkA.scope, { id: a.id, version: a.version, assignedStaffId: h.clerkB.user.id }, MON_0900)).rejects.toBeInstanceOf(Forbidden);
    expect((await getPendingAppointmentApprovals(h.reviewer.scope)).some((r) => r.id === a.id)).toBe(true);
    await expect(stepAppointment(h.clerkB.scope, { id: a.id, version: a.version, action: "accept" }, MON_0900)).rejects.toThrow("须先经审核人员批准");
    await approveNonWorkingDay(h.reviewer.scope, { id: a.id, version: a.version, assignedStaffId: h.clerkB.user.id }, MON_0900);
    const approved = await fresh(a.id);
    expect(approved).toMatchObject({ status: "REQUESTED", approvedById: h.reviewer.user.id, assignedStaffId: h.clerkB.user.id });
    expect(await db.reminder.count({ where: { assigneeUserId: h.clerkB.user.id, entityId: a.id, ruleId: "HALL-APPT-NWD" } })).toBe(1);
    expect((await getPendingDutyAcceptances(h.clerkB.scope)).map((r) => r.id)).toContain(a.id);
    await expect(stepAppointment(h.clerkA.scope, { id: a.id, version: approved.version, action: "accept" }, MON_0900)).rejects.toThrow("只能由被指定的接待人员");
    await stepAppointment(h.clerkB.scope, { id: a.id, version: approved.version, action: "accept" }, MON_0900);
    expect(await fresh(a.id)).toMatchObject({ status: "CONFIRMED" });
    expect((await fresh(a.id)).staffAcceptedAt).not.toBeNull();
    // ORG-30: a reviewer who recorded the request may not approve it.
    const own = await book(h, nwd, MON_0900, h.reviewer.scope);
    await expect(approveNonWorkingDay(h.reviewer.scope, { id: own.id, version: own.version, assignedStaffId: h.clerkA.user.id }, MON_0900)).rejects.toThrow("不能审核本人提交的记录");
    // The named staff member may decline; the approval lapses and the approver is told.
    await approveNonWorkingDay(h.reviewer2.scope, { id: own.id, version: own.version, assignedStaffId: h.clerkA.user.id }, MON_0900);
    await expect(reasonStepAppointment(h.clerkA.scope, { id: own.id, version: own.version + 1, action: "declineDuty", reason: " " }, MON_0900)).rejects.toBeInstanceOf(FieldError);
    await reasonStepAppointment(h.clerkA.scope, { id: own.id, version: own.version + 1, action: "declineDuty", reason: "当日已有公出安排" }, MON_0900);
    expect(await fresh(own.id)).toMatchObject({ status: "REQUESTED", approvedById: null, assignedStaffId: null });
    expect(await db.reminder.count({ where: { assigneeUserId: h.reviewer2.user.id, entityId: own.id } })).toBe(1);
  });

  it("a remote video consultation needs its staff member and room to be confirmed; completing it records a VIDEO consultation", async () => {
    const h = await makeHall();
    const video = { type: "REMOTE_VIDEO" as const, serviceItemCode: undefined, windowId: undefined, topic: "咨询异地安置政策" };
    await expect(book(h, { ...video, topic: undefined })).rejects.toMatchObject({ field: "topic" });
    const a = await book(h, video);
    await expect(confirmAppointment(h.clerkA.scope, { id: a.id, version: a.version, assignedStaffId: h.clerkB.user.id }, MON_0900)).rejects.toThrow("视频会议室");
    await expect(confirmAppointment(h.clerkA.scope, { id: a.id, version: a.version, videoRoom: "https://meeting.example/123" }, MON_0900)).rejects.toThrow("指定接待人员");
    await confirmAppointment(h.clerkA.scope, { id: a.id, version: a.version, assignedStaffId: h.clerkB.user.id, videoRoom: "市南区中心视频会议室1" }, MON_0900);
    expect(await fresh(a.id)).toMatchObject({ status: "CONFIRMED", assignedStaffId: h.clerkB.user.id, videoRoom: "市南区中心视频会议室1" });
    // The same person cannot hold two video consultations in one slot.
    const b = await book(h, video);
    await expect(confirmAppointment(h.clerkA.scope, { id: b.id, version: b.version, assignedStaffId: h.clerkB.user.id, videoRoom: "会议室2" }, MON_0900)).rejects.toMatchObject({ field: "assignedStaffId" });
    const answer = { topic: "PREFERENTIAL_PENSION" as const, answeredOnSpot: true, answer: "可以申请" };
    await expect(completeVideoAppointment(h.clerkA.scope, { id: a.id, version: a.version + 1, ...answer }, TUE_1000)).rejects.toThrow("由接待该视频咨询的工作人员");
    await expect(completeVideoAppointment(h.clerkB.scope, { id: a.id, version: a.version + 1, ...answer }, MON_0900)).rejects.toThrow("预约日期未到");
    expect(await db.consultation.count({ where: { appointmentId: a.id } })).toBe(0);
    const r = await completeVideoAppointment(h.clerkB.scope, { id: a.id, version: a.version + 1, ...answer }, TUE_1000);
    expect(await fresh(a.id)).toMatchObject({ status: "COMPLETED", consultationId: r.consultationId });
    const c = await db.consultation.findUniqueOrThrow({ where: { id: r.consultationId } });
    expect(c).toMatchObject({ channel: "VIDEO", personId: h.client.id, answeredById: h.clerkB.user.id, question: "咨询异地安置政策", answeredOnSpot: true });
  });

  it("rescheduling creates the new appointment under the same rules and links it; a stale version conflicts", async () => {
    const h = await makeHall();
    const a = await book(h);
    await confirmAppointment(h.clerkA.scope, { id: a.id, version: a.version }, MON_0900);
    await expect(rescheduleAppointment(h.clerkA.scope, { id: a.id, version: a.version, date: "2033-03-09", startTime: "14:00" }, MON_0900)).rejects.toBeInstanceOf(Conflict);
    await expect(rescheduleAppointment(h.clerkA.scope, { id: a.id, version: a.version + 1, date: "2033-03-13", startTime: "14:00" }, MON_0900)).rejects.toMatchObject({ field: "date" });
    const next = await rescheduleAppointment(h.clerkA.scope, { id: a.id, version: a.version + 1, date: "2033-03-09", startTime: "14:00" }, MON_0900);
    expect(await fresh(a.id)).toMatchObject({ status: "RESCHEDULED", rescheduledToId: next.id });
    expect(next).toMatchObject({ status: "CONFIRMED", date: new Date("2033-03-09T00:00:00Z"), startTime: "14:00", endTime: "14:30", applicantPersonId: h.client.id, windowId: h.window.id });
    const view = await getAppointment(h.clerkA.scope, next.id, MON_0900);
    expect(view.rescheduledFrom?.id).toBe(a.id);
    // The freed slot can be booked twice again.
    await book(h);
    await book(h);
  });

  it("figures by type and method with the no-show rate and the non-working-day count", async () => {
    const h = await makeHall();
    const at = new Date("2033-05-02T01:00:00Z"); // Mon 2033-05-02 09:00
    const day = "2033-05-03";
    const served = await book(h, { date: day, startTime: "08:30" }, at);
    const missed = await book(h, { date: day, startTime: "08:30", method: "ON_SITE" }, at);
    await book(h, { type: "NON_WORKING_DAY", date: "2033-05-07", startTime: "09:00", endTime: "10:00", windowId: undefined }, at);
    for (const x of [served, missed]) await confirmAppointment(h.clerkA.scope, { id: x.id, version: x.version }, at);
    const after = new Date("2033-05-03T02:00:00Z");
    await stepAppointment(h.clerkA.scope, { id: served.id, version: served.version + 1, action: "checkIn" }, after);
    await stepAppointment(h.clerkA.scope, { id: missed.id, version: missed.version + 1, action: "noShow" }, after);
    const f = await appointmentFigures(h.reviewer.scope, { from: "2033-05-01", to: "2033-05-31" });
    const mine = await listAppointments(h.reviewer.scope, { from: "2033-05-01", to: "2033-05-31" });
    expect(mine.rows.length).toBeGreaterThanOrEqual(3);
    expect(f.byType.find((t) => t.type === "WORKDAY")?.total).toBeGreaterThanOrEqual(2);
    expect(f.byMethod.find((m) => m.method === "ON_SITE")?.noShow).toBeGreaterThanOrEqual(1);
    expect(f.nonWorkingDay.total).toBeGreaterThanOrEqual(1);
    expect(f.noShowRate).not.toBeNull();
    await expect(appointmentFigures(h.clerkA.scope, { from: "2033-05-01", to: "2033-05-31" })).rejects.toBeInstanceOf(Forbidden);
  });

  it("a user of a sibling unit can neither read nor change the hall's appointments, nor book for its client", async () => {
    const h = await makeHall();
    const a = await book(h);
    await expect(getAppointment(h.sibling.scope, a.id)).rejects.toBeInstanceOf(NotFound);
    await expect(confirmAppointment(h.sibling.scope, { id: a.id, version: a.version }, MON_0900)).rejects.toBeInstanceOf(NotFound);
    await expect(reasonStepAppointment(h.sibling.scope, { id: a.id, version: a.version, action: "cancel", reason: "越权" }, MON_0900)).rejects.toBeInstanceOf(NotFound);
    await expect(rescheduleAppointment(h.sibling.scope, { id: a.id, version: a.version, date: "2033-03-09", startTime: "14:00" }, MON_0900)).rejects.toBeInstanceOf(NotFound);
    expect((await listAppointments(h.sibling.scope, {})).rows.some((r) => r.id === a.id)).toBe(false);
    await expect(book(h, { windowId: undefined, type: "REMOTE_VIDEO", topic: "x", serviceItemCode: undefined }, MON_0900, h.sibling.scope)).rejects.toMatchObject({ field: "applicantPersonId" });
    expect(await fresh(a.id)).toMatchObject({ status: "REQUESTED", version: a.version });
  });
});
