import { z } from "zod";
import { optionalField } from "@/lib/core/validators/common";
import { nameSchema } from "@/lib/core/validators/name";
import { phoneSchema } from "@/lib/core/validators/phone";
import { CONSULT_TOPICS, dateString, optionalText, requiredText } from "@/lib/hall/consultations/schemas";
import { isValidTime, slotStartingAt, toMinutes } from "./slots";

// One schema per command (STYLE.md); the forms use the same ones. Client-safe: no server imports.

export const APPOINTMENT_TYPES = ["WORKDAY", "NON_WORKING_DAY", "REMOTE_VIDEO"] as const;
export const APPOINTMENT_METHODS = ["PHONE", "ON_SITE"] as const;

const id = z.string({ error: "缺少记录编号" }).min(1, "缺少记录编号").max(40);
const version = z.number().int().nonnegative();
const time = (label: string) => z.string({ error: `请选择${label}` }).trim().refine(isValidTime, `请选择${label}`);
const optionalId = optionalField(z.string().max(40));

export const AppointmentRef = z.object({ id, version });
export type AppointmentRef = z.input<typeof AppointmentRef>;

/**
 * §7.2.1 a–c and §7.2.2 a–b. The slot rules that need the calendar or the bookings (working day,
 * capacity) are the service's; the shape rules are here, so the form shows them at once.
 */
export const RequestAppointmentInput = z
  .object({
    type: z.enum(APPOINTMENT_TYPES, { error: "请选择预约类型" }),
    method: z.enum(APPOINTMENT_METHODS, { error: "请选择预约方式" }),
    applicantPersonId: z.string({ error: "请先查询并选择申请人" }).min(1, "请先查询并选择申请人").max(40),
    agentName: optionalField(nameSchema),
    contactPhone: phoneSchema,
    serviceItemCode: optionalField(z.string().trim().max(20)),
    topic: optionalText("咨询内容", 2000),
    date: dateString("预约日期"),
    startTime: time("预约时段"),
    endTime: optionalField(time("结束时间")),
    windowId: optionalId,
    urgent: z.boolean().default(false),
    assignedStaffId: optionalId,
    videoRoom: optionalText("视频会议室/链接", 200),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    // §7.2.2 b: 现场预约 "由申请人或其代理人到服务窗口申请"; a phone booking is the client's own.
    if (v.agentName && v.method !== "ON_SITE") issue("agentName", "代理人须到服务窗口现场预约；电话预约请登记服务对象本人");
    if (v.type !== "REMOTE_VIDEO" && !v.serviceItemCode) issue("serviceItemCode", "请选择办理事项");
    if (v.type === "REMOTE_VIDEO" && !v.topic) issue("topic", "远程视频咨询预约须填写咨询内容");
    if (v.type === "WORKDAY" && !v.windowId) issue("windowId", "工作日预约须选择办理窗口");
    if (v.urgent && v.type !== "WORKDAY") issue("urgent", "急事急办适用于工作日预约");
    if (v.type === "NON_WORKING_DAY") {
      if (!v.endTime) issue("endTime", "请填写结束时间");
      else if (isValidTime(v.startTime) && toMinutes(v.endTime) <= toMinutes(v.startTime)) issue("endTime", "结束时间应晚于开始时间");
    } else if (isValidTime(v.startTime) && !slotStartingAt(v.startTime)) {
      issue("startTime", "请选择开放时间内的预约时段（08:30–12:00、13:30–17:00，每30分钟一个时段）");
    }
  });
export type RequestAppointmentInput = z.input<typeof RequestAppointmentInput>;

/** WORKDAY / REMOTE_VIDEO confirmation; a video appointment needs its staff member and room (§7.2.1 c). */
export const ConfirmAppointmentInput = AppointmentRef.extend({
  assignedStaffId: optionalId,
  videoRoom: optionalText("视频会议室/链接", 200),
});
export type ConfirmAppointmentInput = z.input<typeof ConfirmAppointmentInput>;

/** AMB-50: a reviewer approves a non-working-day request and names who will be on duty. */
export const ApproveNonWorkingDayInput = AppointmentRef.extend({
  assignedStaffId: z.string({ error: "请选择接待人员" }).min(1, "请选择接待人员").max(40),
});
export type ApproveNonWorkingDayInput = z.input<typeof ApproveNonWorkingDayInput>;

export const AppointmentStepInput = AppointmentRef.extend({ action: z.enum(["accept", "checkIn", "noShow"]) });
export type AppointmentStepInput = z.input<typeof AppointmentStepInput>;

export const AppointmentReasonInput = AppointmentRef.extend({
  action: z.enum(["cancel", "declineDuty"]),
  reason: requiredText("原因", 200),
});
export type AppointmentReasonInput = z.input<typeof AppointmentReasonInput>;

/** 改约: the old appointment becomes RESCHEDULED and points at the new one. */
export const RescheduleAppointmentInput = AppointmentRef.extend({
  date: dateString("新的预约日期"),
  startTime: time("新的预约时段"),
  endTime: optionalField(time("结束时间")),
  windowId: optionalId,
});
export type RescheduleAppointmentInput = z.input<typeof RescheduleAppointmentInput>;

/** Completing a video appointment records the consultation it was (§3.12.6, §7.9.3). */
export const CompleteVideoInput = AppointmentRef.extend({
  topic: z.enum(CONSULT_TOPICS, { error: "请选择咨询类别" }),
  answeredOnSpot: z.boolean({ error: "请选择是否当场解答" }),
  answer: optionalText("答复内容", 2000),
  notAnsweredReason: optionalText("暂无法解答的原因", 2000),
  followUpDueDate: optionalField(dateString("答复期限")),
}).superRefine((v, ctx) => {
  if (v.answeredOnSpot && !v.answer) ctx.addIssue({ code: "custom", path: ["answer"], message: "当场解答的，请填写答复内容" });
  if (!v.answeredOnSpot && !v.notAnsweredReason) {
    ctx.addIssue({ code: "custom", path: ["notAnsweredReason"], message: "暂时无法解答的，须写明理由并告知服务对象（§7.9.3）" });
  }
});
export type CompleteVideoInput = z.input<typeof CompleteVideoInput>;

export const SlotAvailabilityInput = z.object({ windowId: id, date: dateString("预约日期") });
