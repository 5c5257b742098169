import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import { SLOT_CAPACITY, workdaySlots } from "@/lib/hall/appointments/slots";
import type { AppointmentRowView } from "@/lib/hall/appointments/view-types";
import { APPOINTMENT_TYPE_LABELS } from "@/lib/hall/labels";
import { AppointmentTable } from "./appointment-table";
import { AppointmentStatusBadge, PriorityBadge } from "./status-badge";

type WindowDay = { id: string; windowNo: string; name: string; appointments: AppointmentRowView[] };

function SlotCell({ rows }: { rows: AppointmentRowView[] }) {
  return (
    <Td className={rows.length >= SLOT_CAPACITY ? "bg-amber-50" : undefined}>
      <div className="mb-1 text-xs text-slate-500">{rows.length}/{SLOT_CAPACITY}</div>
      <ul className="flex flex-col gap-1">
        {[...rows].sort((a, b) => Number(b.priority) - Number(a.priority)).map((a) => (
          <li key={a.id} className="flex flex-wrap items-center gap-1">
            <Link href={`/hall/appointments/${a.id}`} className="text-brand-700 underline-offset-2 hover:underline">{a.person?.name ?? "—"}</Link>
            <AppointmentStatusBadge status={a.status} />
            {a.priority && <PriorityBadge />}
            {a.urgent && <Badge tone="warning">急事急办</Badge>}
          </li>
        ))}
      </ul>
    </Td>
  );
}

/**
 * One day of the hall as a grid: the 30-minute slots (rows) of every window (columns) with who is
 * booked, at most 2 a slot (AMB-50); checked-in workday appointments are served first (§7.2.1 a).
 */
export function ScheduleView({ windows, other }: { windows: WindowDay[]; other: AppointmentRowView[] }) {
  const slots = workdaySlots();
  return (
    <div className="flex flex-col gap-6" data-testid="appointment-schedule">
      {windows.length === 0 ? (
        <EmptyState title="本单位尚未设置窗口" />
      ) : (
        <Table caption="工作日预约（按窗口和时段）">
          <THead>
            <Tr>
              <Th>时段</Th>
              {windows.map((w) => <Th key={w.id}>{w.windowNo}号窗口 · {w.name}</Th>)}
            </Tr>
          </THead>
          <TBody>
            {slots.map((s) => (
              <Tr key={s.start}>
                <Td className="whitespace-nowrap font-mono">{s.start}–{s.end}</Td>
                {windows.map((w) => <SlotCell key={w.id} rows={w.appointments.filter((a) => a.startTime === s.start)} />)}
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <section className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold">{APPOINTMENT_TYPE_LABELS.NON_WORKING_DAY}与{APPOINTMENT_TYPE_LABELS.REMOTE_VIDEO}</h2>
        <AppointmentTable rows={other} empty="当天没有非工作日或远程视频预约" testId="appointment-other" />
      </section>
    </div>
  );
}
