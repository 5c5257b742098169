import Link from "next/link";
import { formatShanghaiDateTime } from "@/lib/audit/format";
import { EXPORT_MODE_LABELS } from "@/lib/ic/labels";
import type { ExportMode } from "@/lib/generated/prisma/enums";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";

export type BatchListRow = {
  id: string; batchNo: string; mode: ExportMode; createdAt: Date; recordCount: number; rejectedCount: number; acknowledgedAt: Date | null; templateVersion: string;
};

export function BatchTable({ rows }: { rows: readonly BatchListRow[] }) {
  if (rows.length === 0) return <EmptyState title="还没有上报批次" description="生成第一个上报文件后，批次会列在这里。" />;
  return (
    <Table caption="上报批次" data-testid="prov-batch-table">
      <THead>
        <Tr>
          <Th>批次号</Th>
          <Th>方式</Th>
          <Th>生成时间</Th>
          <Th>记录数</Th>
          <Th>省级退回</Th>
          <Th>省级回执</Th>
          <Th>模板</Th>
          <Th>操作</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((b) => (
          <Tr key={b.id}>
            <Td>
              <Link href={`/ic/exports/${b.id}`} className="font-mono text-brand-700 hover:underline">{b.batchNo}</Link>
            </Td>
            <Td>{EXPORT_MODE_LABELS[b.mode]}</Td>
            <Td className="whitespace-nowrap">{formatShanghaiDateTime(b.createdAt)}</Td>
            <Td className="tabular-nums">{b.recordCount}</Td>
            <Td className="tabular-nums">{b.rejectedCount}</Td>
            <Td>{b.acknowledgedAt ? formatShanghaiDateTime(b.acknowledgedAt).slice(0, 10) : "未回执"}</Td>
            <Td className="font-mono text-xs">{b.templateVersion}</Td>
            <Td>
              <a href={`/api/ic/xlsx/exports/${b.id}`} className="text-brand-700 hover:underline" data-testid={`prov-batch-download-${b.batchNo}`}>下载</a>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
