import "server-only";
import { db, type Tx } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { loadOverrides } from "@/lib/core/calendar";
import { FieldError } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import type { AppointmentStatus, Prisma } from "@/lib/generated/prisma/client";
import { toDateColumn } from "@/lib/hall/cases/due-date";
import { loadPersonInScope } from "@/lib/persons/queries";
import { loadReceivableItem } from "../items";
import { RequestAppointmentInput } from "../schemas";
import { loadActiveStaff } from "../staff";
import { appointmentWorkflow } from "../workflow";
import { assertWorkdaySlotFree, checkWhen } from "./slot-rules";

type NewAppointment = Omit<Prisma.AppointmentUncheckedCreateInput, "orgUnitId" | "orgPath" | "status" | "createdById" | "updatedById">;

/** Writes an appointment of the caller's hall with its "request" history row (ORG-30: the requester never approves it). */
export async function insertAppointment(tx: Tx, scope: Scope, data: NewAppointment, status: AppointmentStatus, rescheduledFromId?: string) {
  const unit = await tx.orgUnit.findUniqueOrThrow({ where: { id: scope.orgUnitId }, select: { path: true } });
  const row = await tx.appointment.create({
    data: { ...data, status, orgUnitId: scope.orgUnitId, orgPath: unit.path, createdById: scope.userId, updatedById: scope.userId },
  });
  await tx.statusHistory.create({
    data: {
      entityType: appointmentWorkflow.entityType, entityId: row.id, orgPath: unit.path, fromStatus: "", toStatus: status,
      action: "request", actorId: scope.userId, actorLevel: scope.level,
    },
  });
  await writeAudit(tx, actorOf(scope), {
    action: "CREATE", entityType: "Appointment", entityId: row.id, personId: row.applicantPersonId, orgPath: unit.path,
    diff: {
      type: row.type, method: row.method, date: row.date.toISOString().slice(0, 10), startTime: row.startTime, windowId: row.windowId,
      urgent: row.urgent, rescheduledFrom: rescheduledFromId ?? null,
    },
  });
  return row;
}

/** A window of the caller's unit, in use, that receives `itemCode` (or is integrated). */
export async function loadBookableWindow(scope: Scope, windowId: string, itemCode: string | null) {
  const w = await scopedDb(scope).serviceWindow.findFirst({ where: { id: windowId, orgUnitId: scope.orgUnitId, active: true } });
  if (!w) throw new FieldError("windowId", "请选择本单位在用的窗口");
  if (itemCode && !w.isIntegrated && !w.serviceItemCodes.includes(itemCode)) throw new FieldError("windowId", "该窗口不受理所选事项，请选择受理该事项的窗口或综合窗口");
  return w;
}

/**
 * §7.2 预约服务: a clerk records a phone or on-site appointment request. Workday requests take a
 * window slot (capacity 2; an urgent one may take today's earliest slot and exceed it, §7.2.2 a).
 */
export async function requestAppointment(scope: Scope, raw: RequestAppointmentInput, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(RequestAppointmentInput, raw);
  const person = await loadPersonInScope(scope, input.applicantPersonId).catch(() => {
    throw new FieldError("applicantPersonId", "未找到该申请人，请重新查询");
  });
  if (person.isDeceased) throw new FieldError("applicantPersonId", "该人员已登记去世，请核实");
  const item = input.type === "REMOTE_VIDEO" || !input.serviceItemCode ? null : await loadReceivableItem(scope, input.serviceItemCode, "serviceItemCode");
  const window = input.windowId ? await loadBookableWindow(scope, input.windowId, item?.code ?? null) : null;
  if (input.assignedStaffId) await loadActiveStaff(scope, input.assignedStaffId, scope.orgUnitId, "assignedStaffId");
  const endTime = checkWhen(input.type, input, await loadOverrides(), now);

  return db.$transaction(async (tx) => {
    if (input.type === "WORKDAY") await assertWorkdaySlotFree(tx, { windowId: window!.id, date: input.date, startTime: input.startTime, urgent: input.urgent, now });
    return insertAppointment(tx, scope, {
      type: input.type, method: input.method, applicantPersonId: person.id, agentName: input.agentName ?? null, contactPhone: input.contactPhone,
      serviceItemId: item?.id ?? null, itemCode: item?.code ?? null, topic: input.topic ?? null,
      date: toDateColumn(input.date), startTime: input.startTime, endTime, windowId: window?.id ?? null, urgent: input.urgent,
      assignedStaffId: input.assignedStaffId ?? null, videoRoom: input.videoRoom ?? null,
    }, "REQUESTED");
  });
}
