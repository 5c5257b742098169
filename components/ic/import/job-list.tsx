import Link from "next/link";
import { formatShanghaiDateTime } from "@/lib/audit/format";
import { IMPORT_STATUS_LABELS } from "@/lib/ic/import/schemas";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";

export type ImportJobListRow = { id: string; fileName: string; validCount: number; errorCount: number; status: string; createdAt: Date };

export function ImportJobList({ rows }: { rows: readonly ImportJobListRow[] }) {
  if (rows.length === 0) return null;
  return (
    <section className="mt-8">
      <h2 className="mb-3 text-lg font-semibold text-slate-900">我最近的导入</h2>
      <Table caption="我最近的导入">
        <THead>
          <Tr>
            <Th>文件</Th>
            <Th>上传时间</Th>
            <Th>正确行</Th>
            <Th>错误行</Th>
            <Th>状态</Th>
          </Tr>
        </THead>
        <TBody>
          {rows.map((j) => (
            <Tr key={j.id}>
              <Td>
                <Link href={`/ic/import/${j.id}`} className="text-brand-700 hover:underline">{j.fileName}</Link>
              </Td>
              <Td className="whitespace-nowrap">{formatShanghaiDateTime(j.createdAt)}</Td>
              <Td>{j.validCount}</Td>
              <Td>{j.errorCount}</Td>
              <Td>{IMPORT_STATUS_LABELS[j.status] ?? j.status}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </section>
  );
}
