import "server-only";
import { db } from "@/lib/core/db";
import { FieldError } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { dateOnly } from "@/lib/hall/cases/due-date";
import { writeReminders } from "@/lib/reminders/notify";
import { ApproveNonWorkingDayInput, AppointmentReasonInput, AppointmentStepInput, ConfirmAppointmentInput } from "../schemas";
import { loadActiveStaff } from "../staff";
import { assertAppointmentVersion, fireAppointment, loadAppointmentInScope } from "./load";

const href = (id: string) => `/hall/appointments/${id}`;

/**
 * 确认预约 (WORKDAY, REMOTE_VIDEO). A video consultation needs the answering staff member and the
 * meeting room (§7.2.1 c), and that person may not hold another video appointment in the slot.
 */
export async function confirmAppointment(scope: Scope, raw: ConfirmAppointmentInput, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(ConfirmAppointmentInput, raw);
  return db.$transaction(async (tx) => {
    const a = await loadAppointmentInScope(scope, input.id, tx);
    assertAppointmentVersion(a, input.version);
    const staffId = input.assignedStaffId ?? a.assignedStaffId;
    const room = input.videoRoom ?? a.videoRoom;
    if (input.assignedStaffId) await loadActiveStaff(scope, input.assignedStaffId, a.orgUnitId, "assignedStaffId");
    if (a.type === "REMOTE_VIDEO" && staffId) {
      const clash = await tx.appointment.findFirst({
        where: { id: { not: a.id }, type: "REMOTE_VIDEO", assignedStaffId: staffId, date: a.date, startTime: a.startTime, status: { in: ["CONFIRMED", "CHECKED_IN"] } },
        select: { id: true },
      });
      if (clash) throw new FieldError("assignedStaffId", "该工作人员在此时段已有远程视频咨询，请另选人员或改约");
    }
    return fireAppointment(tx, scope, a, "confirm", {
      now, facts: { assignedStaffId: staffId, videoRoom: room }, data: { assignedStaffId: staffId, videoRoom: room },
    });
  });
}

/**
 * AMB-50: a reviewer (not the requester, ORG-30) approves a non-working-day request and names the
 * staff member; that person is told to accept the duty (it counts as overtime, SPEC §3.12.6).
 */
export async function approveNonWorkingDay(scope: Scope, raw: ApproveNonWorkingDayInput, now = new Date()) {
  assertCan(scope, "hall.review");
  const input = parseInput(ApproveNonWorkingDayInput, raw);
  return db.$transaction(async (tx) => {
    const a = await loadAppointmentInScope(scope, input.id, tx);
    assertAppointmentVersion(a, input.version);
    await loadActiveStaff(scope, input.assignedStaffId, a.orgUnitId, "assignedStaffId");
    const status = await fireAppointment(tx, scope, a, "approve", {
      now, facts: { assignedStaffId: input.assignedStaffId },
      data: { approvedById: scope.userId, assignedStaffId: input.assignedStaffId, staffAcceptedAt: null },
    });
    await writeReminders(tx, [{
      ruleId: "HALL-APPT-NWD", entityType: "Appointment", entityId: a.id, assigneeUserId: input.assignedStaffId, level: "INFO",
      message: `请确认是否接受 ${dateOnly(a.date)} ${a.startTime} 的非工作日预约服务安排`, href: href(a.id), dueDate: dateOnly(a.date),
      fireKey: `HALL-APPT-NWD:${a.id}:${a.version + 1}`, orgPath: a.orgPath,
    }]);
    return status;
  });
}

/** Acceptance of the duty by the named staff member, check-in on the day (优先办理), or a no-show after the slot. */
export async function stepAppointment(scope: Scope, raw: AppointmentStepInput, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(AppointmentStepInput, raw);
  return db.$transaction(async (tx) => {
    const a = await loadAppointmentInScope(scope, input.id, tx);
    assertAppointmentVersion(a, input.version);
    const data = input.action === "accept" ? { staffAcceptedAt: now } : input.action === "checkIn" ? { checkedInAt: now } : {};
    return fireAppointment(tx, scope, a, input.action, { now, data });
  });
}

/** 取消 (the client's reason), or the named staff member cannot take the non-working-day duty. */
export async function reasonStepAppointment(scope: Scope, raw: AppointmentReasonInput, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(AppointmentReasonInput, raw);
  return db.$transaction(async (tx) => {
    const a = await loadAppointmentInScope(scope, input.id, tx);
    assertAppointmentVersion(a, input.version);
    if (input.action === "cancel") {
      return fireAppointment(tx, scope, a, "cancel", { now, reason: input.reason, data: { cancelReason: input.reason } });
    }
    // The approval named this person; it lapses, and the approver arranges someone else.
    const status = await fireAppointment(tx, scope, a, "declineDuty", {
      now, reason: input.reason, data: { approvedById: null, assignedStaffId: null, staffAcceptedAt: null },
    });
    if (a.approvedById) {
      await writeReminders(tx, [{
        ruleId: "HALL-APPT-NWD", entityType: "Appointment", entityId: a.id, assigneeUserId: a.approvedById, level: "WARN",
        message: `非工作日预约（${dateOnly(a.date)} ${a.startTime}）的接待人员无法接待：${input.reason}，请重新安排`,
        href: href(a.id), dueDate: dateOnly(a.date), fireKey: `HALL-APPT-NWD-DECLINED:${a.id}:${a.version + 1}`, orgPath: a.orgPath,
      }]);
    }
    return status;
  });
}
