import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { formatShanghaiDateTime } from "@/lib/audit/format";
import { CATEGORY_LABELS, TRANSFER_STATUS_LABELS } from "@/lib/ic/labels";
import type { SubjectCategory, TransferStatus } from "@/lib/generated/prisma/enums";
import { TransferDecision } from "./transfer-decision";

export type TransferRow = {
  id: string; status: TransferStatus; version: number; reason: string; requestedAt: Date; decisionNote: string | null;
  fromUnit: string; toUnit: string; personName: string; idMasked: string; categories: SubjectCategory[];
  actions: { action: string; label: string }[];
};

/** ORG-25 summary columns only: name, masked ID, categories — the file itself opens after acceptance. */
export function TransferTable({ rows, empty, caption }: { rows: TransferRow[]; empty: string; caption: string }) {
  if (rows.length === 0) return <EmptyState title={empty} />;
  return (
    <Table caption={caption}>
      <THead>
        <tr><Th>姓名</Th><Th>身份证号</Th><Th>人员类别</Th><Th>迁出单位</Th><Th>迁入单位</Th><Th>原因</Th><Th>发起时间</Th><Th>状态</Th><Th>操作</Th></tr>
      </THead>
      <TBody>
        {rows.map((t) => (
          <Tr key={t.id} data-testid="transfer-row">
            <Td className="font-medium">{t.personName}</Td>
            <Td className="font-mono tabular-nums">{t.idMasked}</Td>
            <Td>{t.categories.map((c) => CATEGORY_LABELS[c]).join("、")}</Td>
            <Td>{t.fromUnit}</Td>
            <Td>{t.toUnit}</Td>
            <Td>{t.reason}{t.decisionNote && <p className="text-xs text-slate-600">说明：{t.decisionNote}</p>}</Td>
            <Td className="whitespace-nowrap">{formatShanghaiDateTime(t.requestedAt).slice(0, 16)}</Td>
            <Td><Badge tone={t.status === "REQUESTED" ? "info" : t.status === "ACCEPTED" ? "success" : "neutral"}>{TRANSFER_STATUS_LABELS[t.status]}</Badge></Td>
            <Td className="min-w-48"><TransferDecision transferId={t.id} version={t.version} actions={t.actions} /></Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
