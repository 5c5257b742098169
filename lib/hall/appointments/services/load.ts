import "server-only";
import type { Tx } from "@/lib/core/db";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { Conflict, NotFound } from "@/lib/core/errors";
import { inScope, scopedDb, type Scope } from "@/lib/core/scope";
import { fireTransition } from "@/lib/core/workflow";
import type { Appointment, AppointmentStatus, Prisma } from "@/lib/generated/prisma/client";
import { dateOnly } from "@/lib/hall/cases/due-date";
import { shanghaiInstant } from "../slots";
import { appointmentWorkflow, type AppointmentAction, type AppointmentFacts } from "../workflow";

/** An appointment through the caller's scope (the hall's subtree), or NotFound. */
export async function loadAppointmentInScope(scope: Scope, id: string, tx?: Tx): Promise<Appointment> {
  const a = tx
    ? await tx.appointment.findFirst({ where: { id, ...inScope(scope) } })
    : await scopedDb(scope).appointment.findFirst({ where: { id } });
  if (!a) throw new NotFound("预约不存在或不在您的管辖范围内");
  return a;
}

export function assertAppointmentVersion(a: Pick<Appointment, "version">, version: number) {
  if (a.version !== version) throw new Conflict("该预约已被他人更新，请刷新后重试");
}

/** The facts the machine's guards read (lib/hall/appointments/workflow.ts). */
export function appointmentFacts(a: Appointment, now: Date, override: Partial<AppointmentFacts> = {}): AppointmentFacts {
  const date = dateOnly(a.date)!;
  const today = todayInShanghai(now);
  return {
    type: a.type,
    approved: !!a.approvedById,
    assignedStaffId: a.assignedStaffId,
    videoRoom: a.videoRoom,
    isToday: date === today,
    dayReached: date <= today,
    slotEnded: now.getTime() >= shanghaiInstant(date, a.endTime).getTime(),
    ...override,
  };
}

/** Fires one step in `tx`, committing status + `data` with the version check. */
export async function fireAppointment(
  tx: Tx,
  scope: Scope,
  a: Appointment,
  action: AppointmentAction,
  opts: { now: Date; reason?: string; data?: Prisma.AppointmentUncheckedUpdateManyInput; facts?: Partial<AppointmentFacts>; changes?: Record<string, unknown> },
): Promise<AppointmentStatus> {
  return fireTransition(tx, appointmentWorkflow, scope, {
    record: { id: a.id, status: a.status, orgPath: a.orgPath, personId: a.applicantPersonId, facts: appointmentFacts(a, opts.now, opts.facts) },
    action,
    reason: opts.reason,
    changes: opts.changes,
    commit: async (t, to) => {
      const { count } = await t.appointment.updateMany({
        where: { id: a.id, version: a.version, status: a.status },
        data: { ...opts.data, status: to, version: { increment: 1 }, updatedById: scope.userId },
      });
      return count;
    },
  });
}
