"use client";

import { useEffect } from "react";
import { useAction } from "next-safe-action/hooks";
import { Select } from "@/components/ui/select";
import { slotAvailabilityAction } from "@/lib/hall/appointments/actions";
import { workdaySlots } from "@/lib/hall/appointments/slots";

type Props = Omit<React.ComponentProps<typeof Select>, "options"> & {
  windowId?: string;
  date?: string;
  today: string;
  urgent: boolean;
  /** Without a window (video consultations) the grid is shown without counts. */
  counted: boolean;
};

/**
 * AMB-50 slot picker: the window's 30-minute slots of the day with how many are booked. Full,
 * started and past slots are disabled — except that 急事急办 may take today's current or a full slot.
 */
export function SlotSelect({ windowId, date, today, urgent, counted, ...select }: Props) {
  const availability = useAction(slotAvailabilityAction);
  const { execute } = availability;
  useEffect(() => {
    if (counted && windowId && date && /^\d{4}-\d{2}-\d{2}$/.test(date)) execute({ windowId, date });
  }, [counted, windowId, date, execute]);
  const slots = counted ? (availability.result.data?.slots ?? []) : workdaySlots().map((s) => ({ ...s, booked: 0, capacity: 0, phase: "future" as const }));
  const options = slots.map((s) => {
    const full = counted && s.booked >= s.capacity;
    const disabled = s.phase === "past" || (s.phase === "current" && !urgent) || (full && !(urgent && date === today));
    const note = s.phase === "past" ? "已结束" : s.phase === "current" ? "进行中" : counted ? `已约${s.booked}/${s.capacity}` : "";
    return { value: s.start, label: `${s.start}–${s.end}${note ? `（${note}）` : ""}`, disabled };
  });
  return <Select placeholder={counted && !windowId ? "请先选择窗口" : "请选择时段"} options={options} {...select} />;
}
