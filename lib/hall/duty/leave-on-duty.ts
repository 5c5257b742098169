import "server-only";
import type { Tx } from "@/lib/core/db";
import { dateOnly, toDateColumn } from "@/lib/hall/cases/due-date";
import { daysTouched, intervalsOverlap } from "@/lib/hall/leave/rules";
import { writeReminders } from "@/lib/reminders/notify";
import { lunchSlotOf } from "./week";

/**
 * HALL-12 "if a rostered person is on leave, the window lead is alerted to substitute": called
 * when leave is approved, for every roster day whose 12:00–13:30 slot the leave covers.
 */
export async function alertRosteredLeave(tx: Tx, leave: { id: string; userId: string; orgUnitId: string; startsAt: Date; endsAt: Date }, requesterName: string) {
  const days = daysTouched(leave.startsAt, leave.endsAt).filter((d) => intervalsOverlap(leave, lunchSlotOf(d)));
  if (days.length === 0) return 0;
  const rosters = await tx.lunchDutyRoster.findMany({
    where: { orgUnitId: leave.orgUnitId, date: { in: days.map(toDateColumn) }, dutyUserIds: { has: leave.userId } },
    select: { id: true, date: true, orgPath: true },
  });
  if (rosters.length === 0) return 0;
  let leads = await tx.user.findMany({ where: { orgUnitId: leave.orgUnitId, active: true, capabilities: { has: "WINDOW_LEAD" } }, select: { id: true } });
  if (leads.length === 0) leads = await tx.user.findMany({ where: { orgUnitId: leave.orgUnitId, active: true, role: "REVIEWER" }, select: { id: true } });
  return writeReminders(tx, rosters.flatMap((r) => leads.map((u) => ({
    ruleId: "HALL-12", entityType: "LunchDutyRoster", entityId: r.id, assigneeUserId: u.id, level: "WARN" as const,
    message: `${dateOnly(r.date)} 午间值班人员${requesterName}已批准休假，请调整值班人员`,
    href: "/hall/duty", dueDate: dateOnly(r.date), fireKey: `HALL-12:${r.id}:${leave.id}:${u.id}`, orgPath: r.orgPath,
  }))));
}
