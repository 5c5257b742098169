import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { formatShanghaiDateTime } from "@/lib/audit/format";
import { ACCESS_KIND_LABELS, ACCESS_STATUS_LABELS } from "@/lib/ic/review/labels";
import { AccessDecision } from "./access-decision";

type Row = {
  id: string; personId: string; kind: string; reason: string; status: string; createdAt: Date; expiresAt: Date | null;
  requesterUnit: string; idMasked: string; personName: string | null; grantActive: boolean;
};

/** ORG-23 requests: incoming ones are decided here by the owner's reviewer; outgoing ones link to a granted summary. */
export function AccessTable({ rows, direction, canDecide }: { rows: Row[]; direction: "incoming" | "outgoing"; canDecide: boolean }) {
  if (rows.length === 0) return <EmptyState title={direction === "incoming" ? "没有待处理的申请" : "本单位没有提交过申请"} />;
  return (
    <Table caption={direction === "incoming" ? "收到的申请" : "本单位提交的申请"}>
      <THead>
        <tr><Th>身份证号</Th>{direction === "incoming" && <Th>姓名</Th>}<Th>申请单位</Th><Th>类型</Th><Th>原因</Th><Th>提交时间</Th><Th>状态</Th><Th>操作</Th></tr>
      </THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r.id} data-testid={`access-row-${direction}`}>
            <Td className="font-mono tabular-nums">{r.idMasked}</Td>
            {direction === "incoming" && <Td>{r.personName}</Td>}
            <Td>{r.requesterUnit}</Td>
            <Td>{ACCESS_KIND_LABELS[r.kind] ?? r.kind}</Td>
            <Td>{r.reason}</Td>
            <Td className="whitespace-nowrap">{formatShanghaiDateTime(r.createdAt).slice(0, 16)}</Td>
            <Td>
              <Badge tone={r.status === "REQUESTED" ? "info" : r.status === "ACCEPTED" ? "success" : "neutral"}>{ACCESS_STATUS_LABELS[r.status] ?? r.status}</Badge>
              {r.expiresAt && <p className="text-xs text-slate-600">有效至 {formatShanghaiDateTime(r.expiresAt).slice(0, 10)}</p>}
            </Td>
            <Td className="min-w-48">
              {direction === "incoming" && r.status === "REQUESTED" && canDecide ? <AccessDecision requestId={r.id} /> : null}
              {direction === "outgoing" && r.grantActive ? (
                <Link href={`/ic/transfers/access/${r.personId}`} className="text-brand-700 hover:underline" data-testid="access-open-summary">查看档案摘要</Link>
              ) : null}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
