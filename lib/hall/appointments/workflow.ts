// SPEC §3.12.6 / DB3702 §7.2, AMB-50: the appointment machine as data. lib/core/workflow.ts
// enforces it and writes history + audit; screens ask availableTransitions().
//
// Completing a WORKDAY / NON_WORKING_DAY appointment is registering its case: registerCase
// (lib/hall/cases) fires "completeByCase" through completeAppointmentByCase, in its own
// transaction, and links the case. A REMOTE_VIDEO appointment completes by its consultation.
import type { AppointmentStatus, AppointmentType } from "@/lib/generated/prisma/enums";
import { defineWorkflow, type GuardContext } from "@/lib/core/workflow-rules";

export type AppointmentAction =
  | "request" | "confirm" | "approve" | "accept" | "declineDuty" | "checkIn" | "complete" | "completeByCase" | "noShow" | "cancel" | "reschedule";

export type AppointmentFacts = {
  type: AppointmentType;
  /** A reviewer approved the non-working-day request. */
  approved: boolean;
  /** The staff member named (for confirm/approve: the one being named now). */
  assignedStaffId: string | null;
  videoRoom: string | null;
  /** The appointment's day is today (Shanghai). */
  isToday: boolean;
  /** The day has come (today or earlier). */
  dayReached: boolean;
  /** The booked slot has ended (§3.12.6 NO_SHOW). */
  slotEnded: boolean;
};

const HANDLERS = ["CLERK", "REVIEWER"] as const;

const f = (ctx: GuardContext<AppointmentStatus>) => (ctx.record.facts ?? {}) as AppointmentFacts;

function confirmRefusal(ctx: GuardContext<AppointmentStatus>): string | null {
  const x = f(ctx);
  if (x.type === "NON_WORKING_DAY") return "非工作日预约须经审核人员批准并由接待人员接受后方为确认";
  // §7.2.1 c: a video consultation needs the staff member who answers and the meeting room.
  if (x.type === "REMOTE_VIDEO" && (!x.assignedStaffId || !x.videoRoom)) return "远程视频咨询预约须指定接待人员并填写视频会议室/链接后确认";
  return null;
}

function approveRefusal(ctx: GuardContext<AppointmentStatus>): string | null {
  const x = f(ctx);
  if (x.type !== "NON_WORKING_DAY") return "只有非工作日预约需要审核人员批准";
  if (x.approved) return "该预约已批准，等待接待人员接受";
  return x.assignedStaffId ? null : "请指定接待人员";
}

/** AMB-50: only the named staff member accepts (or declines) the non-working-day duty. */
function dutyRefusal(ctx: GuardContext<AppointmentStatus>): string | null {
  const x = f(ctx);
  if (x.type !== "NON_WORKING_DAY") return "只有非工作日预约需要接待人员接受";
  if (!x.approved) return "须先经审核人员批准";
  return x.assignedStaffId === ctx.actor.userId ? null : "只能由被指定的接待人员接受或拒绝";
}

const checkInRefusal = (ctx: GuardContext<AppointmentStatus>) =>
  f(ctx).type === "REMOTE_VIDEO" ? "远程视频咨询无需现场签到" : f(ctx).isToday ? null : "只能在预约当天签到";

function completeRefusal(ctx: GuardContext<AppointmentStatus>): string | null {
  const x = f(ctx);
  if (x.type !== "REMOTE_VIDEO") return "办事预约在“受理登记”办件后自动完成";
  if (!x.dayReached) return "预约日期未到";
  return x.assignedStaffId === ctx.actor.userId ? null : "由接待该视频咨询的工作人员记录答复";
}

/** §3.12.6: an appointment to do an item is completed by the case registered for it. */
const completeByCaseRefusal = (ctx: GuardContext<AppointmentStatus>) =>
  f(ctx).type === "REMOTE_VIDEO" ? "远程视频咨询预约由记录咨询答复完成，不能据此登记办件" : null;

const noShowRefusal = (ctx: GuardContext<AppointmentStatus>) => (f(ctx).slotEnded ? null : "预约时段结束后才能登记爽约");

export const appointmentWorkflow = defineWorkflow<AppointmentStatus, AppointmentAction>({
  entityType: "Appointment",
  transitions: [
    // Written by the request service itself (from nowhere): it marks the requester for ORG-30.
    { from: [], action: "request", to: "REQUESTED", label: "预约申请", kind: "submit", roles: HANDLERS },
    { from: ["REQUESTED"], action: "confirm", to: "CONFIRMED", label: "确认预约", kind: "other", roles: HANDLERS, guard: confirmRefusal },
    // AMB-50: a non-working-day appointment needs a REVIEWER's approval (never the requester's own).
    { from: ["REQUESTED"], action: "approve", to: "REQUESTED", label: "批准非工作日服务", kind: "approve", roles: ["REVIEWER"], guard: approveRefusal },
    // … and then the named staff member's acceptance; only then is it CONFIRMED.
    { from: ["REQUESTED"], action: "accept", to: "CONFIRMED", label: "接受值班安排", kind: "other", roles: HANDLERS, guard: dutyRefusal },
    { from: ["REQUESTED"], action: "declineDuty", to: "REQUESTED", label: "无法接待", kind: "other", roles: HANDLERS, guard: dutyRefusal, reasonRequired: true },
    // §7.2.1 a: a checked-in workday appointment is served first (优先办理).
    { from: ["CONFIRMED"], action: "checkIn", to: "CHECKED_IN", label: "到场签到", kind: "other", roles: HANDLERS, guard: checkInRefusal },
    { from: ["CONFIRMED", "CHECKED_IN"], action: "complete", to: "COMPLETED", label: "记录答复并完成", kind: "other", roles: HANDLERS, guard: completeRefusal },
    // Fired by registerCase (the 受理登记 of the appointment's case), never as a button of its own.
    { from: ["CONFIRMED", "CHECKED_IN"], action: "completeByCase", to: "COMPLETED", label: "受理登记", kind: "other", roles: HANDLERS, guard: completeByCaseRefusal },
    { from: ["CONFIRMED"], action: "noShow", to: "NO_SHOW", label: "登记爽约", kind: "other", roles: HANDLERS, guard: noShowRefusal },
    { from: ["REQUESTED", "CONFIRMED"], action: "cancel", to: "CANCELLED", label: "取消预约", kind: "other", roles: HANDLERS, reasonRequired: true },
    { from: ["REQUESTED", "CONFIRMED"], action: "reschedule", to: "RESCHEDULED", label: "改约", kind: "other", roles: HANDLERS },
  ],
});

/** Appointments that still take their slot (capacity, schedule). */
export const LIVE_APPOINTMENT_STATUSES: readonly AppointmentStatus[] = ["REQUESTED", "CONFIRMED", "CHECKED_IN", "COMPLETED", "NO_SHOW"];
