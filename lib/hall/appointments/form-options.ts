import "server-only";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { listReceivableItems } from "./items";
import { getSlotBookings } from "./queries";
import { earliestSlotToday, slotPhase, SLOT_CAPACITY, workdaySlots } from "./slots";
import { listUnitStaff } from "./staff";

/** What the request form needs: the unit's windows, receivable items, staff, and today's earliest slot (§7.2.2 a). */
export async function getAppointmentFormOptions(scope: Scope, now = new Date()) {
  assertCan(scope, "hall.handle");
  const today = todayInShanghai(now);
  const [windows, items, staff] = await Promise.all([
    scopedDb(scope).serviceWindow.findMany({
      where: { orgUnitId: scope.orgUnitId, active: true },
      orderBy: { windowNo: "asc" },
      select: { id: true, windowNo: true, name: true, isIntegrated: true, serviceItemCodes: true },
    }),
    listReceivableItems(scope),
    listUnitStaff(scope),
  ]);
  return { windows, items, staff, today, earliestToday: earliestSlotToday(today, now) };
}

export type SlotAvailability = { start: string; end: string; booked: number; capacity: number; phase: "future" | "current" | "past" };

/** The request form's slot picker for one window and day (AMB-50). */
export async function getSlotAvailability(scope: Scope, windowId: string, date: string, now = new Date()): Promise<SlotAvailability[]> {
  const booked = await getSlotBookings(scope, windowId, date);
  return workdaySlots().map((s) => ({ ...s, booked: booked[s.start] ?? 0, capacity: SLOT_CAPACITY, phase: slotPhase(date, s, now) }));
}
