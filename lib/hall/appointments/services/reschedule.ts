import "server-only";
import { db } from "@/lib/core/db";
import { loadOverrides } from "@/lib/core/calendar";
import { FieldError, Forbidden } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { dateOnly, toDateColumn } from "@/lib/hall/cases/due-date";
import { RescheduleAppointmentInput } from "../schemas";
import { assertAppointmentVersion, fireAppointment, loadAppointmentInScope } from "./load";
import { insertAppointment, loadBookableWindow } from "./request";
import { assertWorkdaySlotFree, checkWhen } from "./slot-rules";

/**
 * 改约: a new appointment at the new time under the same rules (slot, capacity, working day), and
 * the old one becomes RESCHEDULED pointing at it. A confirmed workday or video appointment stays
 * confirmed; a non-working-day one goes back for approval, the day having changed.
 */
export async function rescheduleAppointment(scope: Scope, raw: RescheduleAppointmentInput, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(RescheduleAppointmentInput, raw);
  const old = await loadAppointmentInScope(scope, input.id);
  assertAppointmentVersion(old, input.version);
  // The new appointment belongs to the same hall, which books it against its own windows.
  if (old.orgUnitId !== scope.orgUnitId) throw new Forbidden("改约由预约所在单位的工作人员办理");
  if (old.type === "NON_WORKING_DAY" && !input.endTime) throw new FieldError("endTime", "请填写结束时间");
  const windowId = input.windowId ?? old.windowId;
  const window = old.type === "WORKDAY" ? await loadBookableWindow(scope, windowId ?? "", old.itemCode) : null;
  const endTime = checkWhen(old.type, { ...input, urgent: old.urgent }, await loadOverrides(), now);
  if (input.date === dateOnly(old.date) && input.startTime === old.startTime && (window?.id ?? null) === old.windowId) {
    throw new FieldError("startTime", "新的预约时段与原时段相同");
  }
  return db.$transaction(async (tx) => {
    const a = await loadAppointmentInScope(scope, input.id, tx);
    assertAppointmentVersion(a, input.version);
    if (a.type === "WORKDAY") await assertWorkdaySlotFree(tx, { windowId: window!.id, date: input.date, startTime: input.startTime, urgent: a.urgent, now });
    const keepsConfirmation = a.type !== "NON_WORKING_DAY" && a.status === "CONFIRMED";
    const next = await insertAppointment(tx, scope, {
      type: a.type, method: a.method, applicantPersonId: a.applicantPersonId, agentName: a.agentName, contactPhone: a.contactPhone,
      serviceItemId: a.serviceItemId, itemCode: a.itemCode, topic: a.topic, date: toDateColumn(input.date), startTime: input.startTime, endTime,
      windowId: window?.id ?? a.windowId, urgent: a.urgent, assignedStaffId: a.assignedStaffId, videoRoom: a.videoRoom,
    }, keepsConfirmation ? "CONFIRMED" : "REQUESTED", a.id);
    await fireAppointment(tx, scope, a, "reschedule", { now, data: { rescheduledToId: next.id } });
    return next;
  });
}
