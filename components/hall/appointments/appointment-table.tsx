import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import type { AppointmentRowView } from "@/lib/hall/appointments/view-types";
import { APPOINTMENT_METHOD_LABELS, APPOINTMENT_TYPE_LABELS } from "@/lib/hall/labels";
import { AppointmentStatusBadge, PriorityBadge } from "./status-badge";

export function AppointmentTable({ rows, empty = "没有符合条件的预约", testId = "appointment-table" }: { rows: AppointmentRowView[]; empty?: string; testId?: string }) {
  if (rows.length === 0) return <EmptyState title={empty} />;
  return (
    <Table caption="预约" data-testid={testId}>
      <THead>
        <Tr><Th>日期</Th><Th>时段</Th><Th>申请人</Th><Th>联系电话</Th><Th>类型</Th><Th>方式</Th><Th>事项/内容</Th><Th>窗口/接待人</Th><Th>状态</Th></Tr>
      </THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r.id}>
            <Td className="whitespace-nowrap"><Link href={`/hall/appointments/${r.id}`} className="text-brand-700 underline-offset-2 hover:underline">{r.date}</Link></Td>
            <Td className="whitespace-nowrap">{r.startTime}–{r.endTime}</Td>
            <Td>{r.person?.name ?? "—"}<div className="font-mono text-xs text-slate-600">{r.person?.idMasked}</div></Td>
            <Td className="font-mono">{r.contactPhone}</Td>
            <Td>{APPOINTMENT_TYPE_LABELS[r.type]}</Td>
            <Td>{APPOINTMENT_METHOD_LABELS[r.method]}</Td>
            <Td className="max-w-xs">{r.itemCode ?? r.topic ?? "—"}</Td>
            <Td>{r.window ? `${r.window.windowNo}号窗口` : "—"}{r.staffName ? <div className="text-xs text-slate-600">{r.staffName}</div> : null}</Td>
            <Td className="flex flex-wrap gap-1">
              <AppointmentStatusBadge status={r.status} />
              {r.priority && <PriorityBadge />}
              {r.urgent && <Badge tone="warning">急事急办</Badge>}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
