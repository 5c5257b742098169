import "server-only";
import { can } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { getMyCaseQueue } from "@/lib/hall/cases/queries";
import { getMyReminders } from "@/lib/reminders/queries";
import { getAbStatus } from "@/lib/hall/ab/desk";
import { getTodaysAppointments } from "@/lib/hall/appointments/desk";
import { getTodaysLunchDuty } from "@/lib/hall/duty/desk";

/**
 * 我的工作台 — the hall part for window staff: my open cases by due date with supplements
 * waiting first and the cases I stand in for, reminders, today's appointments, today's lunch duty
 * and my A/B status. One function, so the page and the bench run the same reads.
 */
export async function getHallDesk(scope: Scope) {
  if (!can(scope, "hall.handle")) return null;
  const [queue, reminders, appointments, lunch, ab] = await Promise.all([
    getMyCaseQueue(scope), getMyReminders(scope, 5), getTodaysAppointments(scope), getTodaysLunchDuty(scope), getAbStatus(scope),
  ]);
  return { queue, reminders, appointments, lunch, ab };
}
export type HallDesk = NonNullable<Awaited<ReturnType<typeof getHallDesk>>>;
