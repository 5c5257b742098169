import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { formatDate, formatShanghaiDateTime } from "@/lib/core/pdf/time";
import type { CaseListRow } from "@/lib/hall/cases/queries";
import { CaseStatusBadge } from "./case-status-badge";

/** The case list: newest first, client's ID masked, supplements waiting flagged (HALL-30). */
export function CaseTable({ rows, empty = "没有符合条件的办件" }: { rows: CaseListRow[]; empty?: string }) {
  if (rows.length === 0) return <EmptyState title={empty} />;
  return (
    <Table caption="办件列表" data-testid="case-table">
      <THead>
        <Tr>
          <Th>办件编号</Th>
          <Th>服务事项</Th>
          <Th>服务对象</Th>
          <Th>状态</Th>
          <Th>首办人</Th>
          <Th>登记时间</Th>
          <Th>承诺办结</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r.id} data-testid="case-row">
            <Td>
              <Link className="font-mono text-brand-700 underline" href={`/hall/cases/${r.id}`}>{r.caseNo}</Link>
              {r.supplementAt && <span className="ml-2 text-xs font-medium text-amber-700" data-testid="case-supplement-flag">已补交材料待核验</span>}
            </Td>
            <Td>{r.itemName}</Td>
            <Td>
              {r.client.name}
              <span className="block font-mono text-xs text-slate-500">{r.client.idMasked}</span>
            </Td>
            <Td><CaseStatusBadge status={r.status} overdue={r.overdue} /></Td>
            <Td>{r.firstHandler.displayName}{r.window && <span className="block text-xs text-slate-500">{r.window.windowNo}号窗口</span>}</Td>
            <Td className="whitespace-nowrap">{formatShanghaiDateTime(r.receivedAt)}</Td>
            <Td className="whitespace-nowrap">{r.dueDate ? formatDate(r.dueDate) : "—"}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
