import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import { formatDate, formatShanghaiDateTime } from "@/lib/core/pdf/time";
import type { Channel, ConsultTopic } from "@/lib/generated/prisma/enums";
import { CHANNEL_LABELS, CONSULT_TOPIC_LABELS } from "@/lib/hall/labels";

type Row = {
  id: string; askedAt: Date; topic: ConsultTopic; channel: Channel; question: string; answeredOnSpot: boolean;
  followUpDueDate: Date | null; followUpAnsweredAt: Date | null; contactName: string | null; contactPhone: string | null;
  person: { name: string; idMasked: string } | null; answeredByName: string;
};

export function AnswerBadge({ row, today }: { row: Pick<Row, "answeredOnSpot" | "followUpDueDate" | "followUpAnsweredAt">; today: string }) {
  if (row.answeredOnSpot) return <Badge tone="success">当场解答</Badge>;
  if (row.followUpAnsweredAt) return <Badge tone="info">已答复</Badge>;
  const due = formatDate(row.followUpDueDate);
  return due && due < today ? <Badge tone="danger">逾期未答复</Badge> : <Badge tone="warning">待答复（{due}前）</Badge>;
}

export function ConsultationTable({ rows, today }: { rows: Row[]; today: string }) {
  if (rows.length === 0) return <EmptyState title="没有符合条件的咨询记录" />;
  return (
    <Table caption="咨询记录" data-testid="consultation-table">
      <THead>
        <Tr><Th>咨询时间</Th><Th>咨询人</Th><Th>联系电话</Th><Th>类别</Th><Th>渠道</Th><Th>咨询内容</Th><Th>答复情况</Th><Th>接待人</Th></Tr>
      </THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r.id}>
            <Td className="whitespace-nowrap"><Link href={`/hall/consultations/${r.id}`} className="text-brand-700 underline-offset-2 hover:underline">{formatShanghaiDateTime(r.askedAt)}</Link></Td>
            <Td>{r.person ? <>{r.person.name}<div className="font-mono text-xs text-slate-600">{r.person.idMasked}</div></> : (r.contactName ?? "匿名")}</Td>
            <Td className="font-mono">{r.contactPhone ?? "—"}</Td>
            <Td>{CONSULT_TOPIC_LABELS[r.topic]}</Td>
            <Td>{CHANNEL_LABELS[r.channel]}</Td>
            <Td className="max-w-xs">{r.question}</Td>
            <Td><AnswerBadge row={r} today={today} /></Td>
            <Td>{r.answeredByName}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
