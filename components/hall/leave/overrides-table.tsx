import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { LEAVE_TYPE_LABELS } from "@/lib/hall/labels";
import type { LeaveType } from "@/lib/generated/prisma/enums";
import { formatLeaveSpan } from "./leave-status-badge";

type Row = { id: string; type: LeaveType; startsAt: Date; endsAt: Date; overrideReason: string | null; requester: string; decidedBy: string; substitute: string };

/** AMB-14: A/B simultaneous leave approved by a window lead is reported. */
export function OverridesTable({ rows }: { rows: Row[] }) {
  if (rows.length === 0) return <EmptyState title="近期没有特批的AB角同期休假" />;
  return (
    <Table caption="AB角同期休假特批记录" data-testid="leave-overrides">
      <THead><Tr><Th>请假人</Th><Th>类型</Th><Th>时间</Th><Th>特批人</Th><Th>补位人员</Th><Th>理由</Th></Tr></THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r.id}>
            <Td>{r.requester}</Td>
            <Td>{LEAVE_TYPE_LABELS[r.type]}</Td>
            <Td className="whitespace-nowrap">{formatLeaveSpan(r.startsAt, r.endsAt)}</Td>
            <Td>{r.decidedBy}</Td>
            <Td>{r.substitute}</Td>
            <Td>{r.overrideReason}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
