import { addDays } from "@/lib/core/calendar-math";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { StaffRef } from "@/lib/hall/windows/queries";
import { AssignmentEndForm } from "./assignment-forms";
import { PresenceBadge } from "./presence-badge";

type Row = { id: string; version: number; from: string; to: string | null; a: StaffRef | null; b: StaffRef | null; current: boolean; cancelled: boolean };

/** The window's assignment history; reviewers and admins end the current or a future one. */
export function AssignmentsTable({ rows, canManage, today }: { rows: Row[]; canManage: boolean; today: string }) {
  if (rows.length === 0) return <EmptyState title="尚未安排AB角" />;
  const yesterday = addDays(today, -1);
  return (
    <Table caption="AB角安排" data-testid="assignments-table">
      <THead>
        <Tr><Th>A角</Th><Th>B角</Th><Th>有效期间</Th><Th>状态</Th>{canManage && <Th>操作</Th>}</Tr>
      </THead>
      <TBody>
        {rows.map((r) => {
          const endable = canManage && !r.cancelled && (r.to === null || r.to >= today);
          return (
            <Tr key={r.id}>
              <Td>{r.a ? <span className="inline-flex items-center gap-1">{r.a.name}{r.current && <PresenceBadge status={r.a.presence} />}</span> : "—"}</Td>
              <Td>{r.b ? <span className="inline-flex items-center gap-1">{r.b.name}{r.current && <PresenceBadge status={r.b.presence} />}</span> : "—"}</Td>
              <Td className="whitespace-nowrap">{r.cancelled ? `${r.from}（已取消）` : `${r.from} 至 ${r.to ?? "长期"}`}</Td>
              <Td>{r.current ? <Badge tone="success">当前有效</Badge> : r.from > today && !r.cancelled ? <Badge tone="info">待生效</Badge> : <Badge>已结束</Badge>}</Td>
              {canManage && (
                <Td>
                  {endable && (
                    <AssignmentEndForm
                      key={r.version}
                      id={r.id}
                      version={r.version}
                      defaultTo={r.from > today ? addDays(r.from, -1) : today}
                      min={r.from > yesterday ? addDays(r.from, -1) : yesterday}
                    />
                  )}
                </Td>
              )}
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
