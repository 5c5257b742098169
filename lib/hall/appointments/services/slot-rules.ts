import "server-only";
import type { Tx } from "@/lib/core/db";
import { isWorkingDay, todayInShanghai, type DayOverride } from "@/lib/core/calendar-math";
import { FieldError } from "@/lib/core/errors";
import type { AppointmentType } from "@/lib/generated/prisma/enums";
import { toDateColumn } from "@/lib/hall/cases/due-date";
import { slotPhase, slotStartingAt, workdaySlotRefusal } from "../slots";
import { LIVE_APPOINTMENT_STATUSES } from "../workflow";

export type When = { date: string; startTime: string; endTime?: string; urgent: boolean };

/**
 * §7.2.1 a–c / AMB-50, the rules that need the calendar: a workday or video appointment sits in an
 * opening-hours slot of a working day; a non-working-day one on a day that is NOT a working day.
 * Returns the end time. Capacity is checked separately, under the slot's lock.
 */
export function checkWhen(type: AppointmentType, w: When, overrides: DayOverride, now: Date): string {
  const today = todayInShanghai(now);
  if (type === "NON_WORKING_DAY") {
    if (isWorkingDay(w.date, overrides)) throw new FieldError("date", "非工作日预约须选择非工作日（周末或法定节假日）；工作日请选择工作日预约");
    if (w.date <= today) throw new FieldError("date", "非工作日预约须提前申请，日期应晚于今天");
    return w.endTime!;
  }
  if (!isWorkingDay(w.date, overrides)) throw new FieldError("date", "请选择工作日；非工作日服务请选择非工作日预约");
  const slot = slotStartingAt(w.startTime);
  if (!slot) throw new FieldError("startTime", "请选择开放时间内的预约时段");
  if (w.date < today) throw new FieldError("date", "预约日期不能早于今天");
  if (type === "REMOTE_VIDEO" && slotPhase(w.date, slot, now) !== "future") throw new FieldError("startTime", "该时段已开始或已结束，请选择其他时段");
  return slot.end;
}

/**
 * AMB-50 capacity of one window slot, under a transaction-scoped advisory lock on that slot so
 * two clerks booking the last place at the same moment cannot both get it.
 */
export async function assertWorkdaySlotFree(tx: Tx, p: { windowId: string; date: string; startTime: string; urgent: boolean; now: Date }) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`APPT:${p.windowId}:${p.date}:${p.startTime}`}))`;
  const booked = await tx.appointment.count({
    where: { windowId: p.windowId, date: toDateColumn(p.date), startTime: p.startTime, type: "WORKDAY", status: { in: [...LIVE_APPOINTMENT_STATUSES] } },
  });
  const refusal = workdaySlotRefusal({ date: p.date, today: todayInShanghai(p.now), slot: slotStartingAt(p.startTime)!, now: p.now, booked, urgent: p.urgent });
  if (refusal) throw new FieldError("startTime", refusal);
}
