import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import { formatShanghaiDateTime } from "@/lib/audit/format";
import { SATISFACTION_LABELS } from "@/lib/evaluation/labels";
import type { VisitRow } from "@/lib/hall/follow-up/return-visit-queries";
import { FOCUS_DOMAIN_LABELS, RETURN_VISIT_METHOD_LABELS, RETURN_VISIT_STATUS_LABELS } from "@/lib/hall/labels";

export function VisitsTable({ rows }: { rows: VisitRow[] }) {
  if (rows.length === 0) return <EmptyState title="没有符合条件的回访" description="就业安置、创业扶持、困难帮扶领域的办结事项及抽样事项会在办结时生成回访。" />;
  return (
    <Table caption="回访工作台账" data-testid="visits-table">
      <THead>
        <Tr><Th>办件编号</Th><Th>服务事项</Th><Th>服务对象</Th><Th>回访领域</Th><Th>回访期限</Th><Th>状态</Th><Th>回访情况</Th></Tr>
      </THead>
      <TBody>
        {rows.map((v) => (
          <Tr key={v.id} data-testid="visit-row">
            <Td className="font-mono"><Link href={`/hall/follow-up/visits/${v.id}`} className="text-brand-700 underline-offset-2 hover:underline">{v.case?.caseNo ?? "—"}</Link></Td>
            <Td>{v.case?.itemName ?? "—"}</Td>
            <Td>{v.case?.clientName ?? "—"}<span className="block font-mono text-xs text-slate-500">{v.case?.clientMobileMasked}</span></Td>
            <Td>{FOCUS_DOMAIN_LABELS[v.focusDomain]}</Td>
            <Td>{v.dueDate.toISOString().slice(0, 10)}</Td>
            <Td>
              <Badge tone={v.status === "DONE" ? "success" : v.overdue ? "danger" : "warning"}>{v.overdue ? "已超期" : RETURN_VISIT_STATUS_LABELS[v.status]}</Badge>
            </Td>
            <Td className="text-sm">
              {v.status === "DONE" ? (
                <>
                  {v.visitedAt && formatShanghaiDateTime(v.visitedAt)} {v.method && RETURN_VISIT_METHOD_LABELS[v.method]} · {v.visitedByName}
                  <span className="block">{v.satisfaction && SATISFACTION_LABELS[v.satisfaction]}{v.supervisionTaskId && " · 已发起督导"}</span>
                </>
              ) : <span className="text-slate-500">负责人：{v.assigneeName}</span>}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
