import Link from "next/link";
import { CaseStatusBadge } from "@/components/hall/cases/case-status-badge";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import { formatShanghaiDateTime } from "@/lib/audit/format";
import type { LedgerRow } from "@/lib/hall/follow-up/tracking-queries";
import { TRACKING_METHOD_LABELS } from "@/lib/hall/labels";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "—");

export function TrackingLedgerTable({ rows }: { rows: LedgerRow[] }) {
  if (rows.length === 0) return <EmptyState title="没有符合条件的在办件" description="已受理、尚未办结的办件会列在这里。" />;
  return (
    <Table caption="跟踪台账" data-testid="tracking-ledger">
      <THead>
        <Tr>
          <Th>办件编号</Th><Th>服务事项</Th><Th>服务对象</Th><Th>状态</Th><Th>承诺办结日</Th><Th>首办人</Th><Th>最近跟踪</Th><Th>未更新</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r.id} data-testid="tracking-ledger-row" data-stale={r.stale ? "true" : "false"}>
            <Td className="font-mono"><Link href={`/hall/follow-up/cases/${r.id}`} className="text-brand-700 underline-offset-2 hover:underline">{r.caseNo}</Link></Td>
            <Td>{r.itemName}</Td>
            <Td>{r.clientName}<span className="block font-mono text-xs text-slate-500">{r.clientIdMasked}</span></Td>
            <Td><CaseStatusBadge status={r.status} /></Td>
            <Td>{day(r.dueDate)}</Td>
            <Td>{r.firstHandlerName}</Td>
            <Td className="max-w-xs">
              {r.last ? (
                <>
                  <span className="text-xs text-slate-500">{formatShanghaiDateTime(r.last.at)} · {TRACKING_METHOD_LABELS[r.last.method]}</span>
                  <span className="line-clamp-2 block">{r.last.progress}</span>
                </>
              ) : <span className="text-slate-500">尚无记录</span>}
            </Td>
            <Td className="whitespace-nowrap">
              {r.workingDaysSince} 个工作日
              {r.stale && <Badge tone="danger" className="ml-1">超5日未更新</Badge>}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
