import "server-only";
import type { Tx } from "@/lib/core/db";
import { FieldError } from "@/lib/core/errors";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import type { AppointmentStatus } from "@/lib/generated/prisma/enums";
import { fireAppointment, loadAppointmentInScope } from "./load";

const OPEN: readonly AppointmentStatus[] = ["CONFIRMED", "CHECKED_IN"];

/**
 * §3.12.6 "COMPLETED (a case was registered)": the 受理登记 of an appointment's case completes
 * the appointment and links the case, inside the caller's (registerCase's) transaction, through the
 * workflow engine (status history + audit). A REMOTE_VIDEO appointment completes by its
 * consultation instead (§7.2.1 c); a request not yet confirmed, or already ended, is refused.
 * A concurrent second registration finds the version moved on: a Conflict, and its case is rolled back.
 */
export async function completeAppointmentByCase(tx: Tx, scope: Scope, appointmentId: string, caseId: string, now = new Date()) {
  assertCan(scope, "hall.handle");
  const a = await loadAppointmentInScope(scope, appointmentId, tx);
  if (a.type === "REMOTE_VIDEO") throw new FieldError("appointmentId", "远程视频咨询预约由记录咨询答复完成，不能据此登记办件");
  if (!OPEN.includes(a.status) || a.caseId) throw new FieldError("appointmentId", "该预约尚未确认、已办理或已取消，不能据此登记办件");
  const kase = await tx.serviceCase.findUnique({ where: { id: caseId }, select: { clientPersonId: true } });
  if (!kase || kase.clientPersonId !== a.applicantPersonId) throw new FieldError("appointmentId", "该预约不是此服务对象的预约");
  return fireAppointment(tx, scope, a, "completeByCase", {
    now, data: { completedAt: now, caseId }, changes: { caseId, completedAt: now.toISOString() },
  });
}
