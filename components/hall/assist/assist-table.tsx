import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import { formatShanghaiDateTime } from "@/lib/core/pdf/time";
import type { AssistKind, AssistStatus } from "@/lib/generated/prisma/enums";
import { ASSIST_KIND_LABELS, ASSIST_STATUS_LABELS } from "@/lib/hall/labels";

const TONES: Record<AssistStatus, BadgeTone> = {
  REGISTERED: "info", PENDING_MATERIALS: "warning", ACCOMPANIED: "info", MATERIALS_RECEIVED: "info", PROCESSING: "info",
  RESULT_HANDED_OVER: "info", COMPLETED: "success", CANCELLED: "neutral",
};

export function AssistStatusBadge({ status }: { status: AssistStatus }) {
  return <Badge tone={TONES[status]} data-testid="assist-status">{ASSIST_STATUS_LABELS[status]}</Badge>;
}

type Row = { id: string; kind: AssistKind; status: AssistStatus; registeredAt: Date; itemName: string; agentName: string; person: { name: string; idMasked: string } | null };

export function AssistTable({ rows }: { rows: Row[] }) {
  if (rows.length === 0) return <EmptyState title="没有符合条件的帮办代办委托" />;
  return (
    <Table caption="帮办代办" data-testid="assist-table">
      <THead><Tr><Th>登记时间</Th><Th>类型</Th><Th>委托人</Th><Th>办理事项</Th><Th>帮办代办员</Th><Th>状态</Th></Tr></THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r.id}>
            <Td className="whitespace-nowrap"><Link href={`/hall/assist/${r.id}`} className="text-brand-700 underline-offset-2 hover:underline">{formatShanghaiDateTime(r.registeredAt)}</Link></Td>
            <Td>{ASSIST_KIND_LABELS[r.kind]}</Td>
            <Td>{r.person?.name ?? "—"}<div className="font-mono text-xs text-slate-600">{r.person?.idMasked}</div></Td>
            <Td>{r.itemName}</Td>
            <Td>{r.agentName}</Td>
            <Td><AssistStatusBadge status={r.status} /></Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
