import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import { formatShanghaiDateTime } from "@/lib/core/pdf/time";
import type { HomeHardship, HomeServiceResult, HomeServiceStatus } from "@/lib/generated/prisma/enums";
import { HOME_HARDSHIP_LABELS, HOME_RESULT_LABELS, HOME_STATUS_LABELS } from "@/lib/hall/labels";

const TONES: Record<HomeServiceStatus, BadgeTone> = { REQUESTED: "warning", ELIGIBLE: "info", REJECTED: "neutral", SCHEDULED: "info", VISITED: "info", CLOSED: "success" };

export function HomeStatusBadge({ status }: { status: HomeServiceStatus }) {
  return <Badge tone={TONES[status]} data-testid="home-status">{HOME_STATUS_LABELS[status]}</Badge>;
}

type Row = {
  id: string; status: HomeServiceStatus; createdAt: Date; agreedAt: Date | null; itemName: string; hardship: HomeHardship;
  needsOnSiteAuthentication: boolean; exceptionApprovedById: string | null; result: HomeServiceResult | null; person: { name: string; idMasked: string } | null;
};

export function HomeTable({ rows }: { rows: Row[] }) {
  if (rows.length === 0) return <EmptyState title="没有符合条件的上门服务申请" />;
  return (
    <Table caption="上门服务" data-testid="home-table">
      <THead><Tr><Th>申请时间</Th><Th>申请人</Th><Th>服务事项</Th><Th>实际困难</Th><Th>约定上门</Th><Th>结果</Th><Th>状态</Th></Tr></THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r.id}>
            <Td className="whitespace-nowrap"><Link href={`/hall/home/${r.id}`} className="text-brand-700 underline-offset-2 hover:underline">{formatShanghaiDateTime(r.createdAt)}</Link></Td>
            <Td>{r.person?.name ?? "—"}<div className="font-mono text-xs text-slate-600">{r.person?.idMasked}</div></Td>
            <Td>{r.itemName}{!r.needsOnSiteAuthentication && <div className="text-xs text-slate-600">无需现场认证{r.exceptionApprovedById ? "（已批准例外）" : ""}</div>}</Td>
            <Td>{HOME_HARDSHIP_LABELS[r.hardship]}</Td>
            <Td className="whitespace-nowrap">{r.agreedAt ? formatShanghaiDateTime(r.agreedAt) : "—"}</Td>
            <Td>{r.result ? HOME_RESULT_LABELS[r.result] : "—"}</Td>
            <Td><HomeStatusBadge status={r.status} /></Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
