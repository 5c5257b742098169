// §7.2 / AMB-50: the appointment timetable. Pure and client-safe, so the request form shows the
// same slots the service enforces, and the rules are unit-tested.

/** Opening hours of a hall (SPEC §2.1 `workingHours` default): 08:30–12:00 and 13:30–17:00. */
export const OPENING_PERIODS = [
  { start: "08:30", end: "12:00" },
  { start: "13:30", end: "17:00" },
] as const;

/** AMB-50: 30-minute slots. */
export const SLOT_MINUTES = 30;

/** AMB-50: at most 2 appointments per window and slot (urgent same-day ones excepted, §7.2.2 a). */
export const SLOT_CAPACITY = 2;

export type Slot = { start: string; end: string };

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isValidTime(hhmm: string): boolean {
  return TIME_RE.test(hhmm);
}

export function toMinutes(hhmm: string): number {
  const m = TIME_RE.exec(hhmm);
  if (!m) throw new RangeError(`时间格式错误：${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function fromMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** Every slot of a working day, in order: 08:30–09:00 … 11:30–12:00, 13:30–14:00 … 16:30–17:00. */
export function workdaySlots(): Slot[] {
  const out: Slot[] = [];
  for (const p of OPENING_PERIODS) {
    for (let t = toMinutes(p.start); t + SLOT_MINUTES <= toMinutes(p.end); t += SLOT_MINUTES) {
      out.push({ start: fromMinutes(t), end: fromMinutes(t + SLOT_MINUTES) });
    }
  }
  return out;
}

/** The slot starting at `start`, or null when no slot starts then (outside opening hours, or off the grid). */
export function slotStartingAt(start: string): Slot | null {
  return workdaySlots().find((s) => s.start === start) ?? null;
}

/** The instant of a Shanghai wall-clock time on a day ('YYYY-MM-DD', 'HH:MM'). */
export function shanghaiInstant(date: string, hhmm: string): Date {
  return new Date(`${date}T${hhmm}:00+08:00`);
}

export type SlotPhase = "future" | "current" | "past";

/** Where `now` stands against a slot on `date`. */
export function slotPhase(date: string, slot: Slot, now: Date): SlotPhase {
  if (now.getTime() >= shanghaiInstant(date, slot.end).getTime()) return "past";
  if (now.getTime() >= shanghaiInstant(date, slot.start).getTime()) return "current";
  return "future";
}

/** §7.2.2 a 急事急办: the earliest slot of `today` that has not ended (the current one included), or null. */
export function earliestSlotToday(today: string, now: Date): Slot | null {
  return workdaySlots().find((s) => slotPhase(today, s, now) !== "past") ?? null;
}

/**
 * Why a WORKDAY booking of `slot` on `date` cannot be taken, or null. `booked` counts the
 * window's live appointments in that slot. A normal booking needs a future slot with room; an
 * urgent one may take today's current slot and go beyond the capacity (same day only).
 */
export function workdaySlotRefusal(p: { date: string; today: string; slot: Slot; now: Date; booked: number; urgent: boolean }): string | null {
  if (p.date < p.today) return "预约日期不能早于今天";
  const phase = slotPhase(p.date, p.slot, p.now);
  if (phase === "past") return "该时段已结束，请选择其他时段";
  if (phase === "current" && !p.urgent) return "该时段已开始；急事急办的可预约当前时段";
  if (p.booked >= SLOT_CAPACITY && !(p.urgent && p.date === p.today)) {
    return p.urgent ? `该时段已约满（每窗口每时段${SLOT_CAPACITY}人）；急事急办仅可当天突破限额` : `该时段已约满（每窗口每时段${SLOT_CAPACITY}人），请选择其他时段`;
  }
  return null;
}
