import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import { SERVICE_MODULE_LABELS, workingDaysLabel } from "@/lib/hall/catalogue/labels";
import { ServiceItemStatusBadge } from "./status-badge";

type Row = {
  id: string; code: string; name: string; module: keyof typeof SERVICE_MODULE_LABELS; itemVersion: number;
  status: "DRAFT" | "REVIEWED" | "PUBLISHED" | "RETIRED"; promisedWorkingDays: number; publishedAt: Date | null;
};

export function CatalogueTable({ rows }: { rows: Row[] }) {
  if (rows.length === 0) return <EmptyState title="没有符合条件的服务事项" />;
  return (
    <Table caption="服务事项" data-testid="catalogue-table">
      <THead>
        <Tr>
          <Th>事项编码</Th><Th>事项名称</Th><Th>所属业务</Th><Th>版本</Th><Th>状态</Th><Th>承诺时限</Th><Th>公开日期</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r.id}>
            <Td className="font-mono">{r.code}</Td>
            <Td><Link href={`/catalogue/${r.id}`} className="text-brand-700 underline-offset-2 hover:underline">{r.name}</Link></Td>
            <Td>{SERVICE_MODULE_LABELS[r.module]}</Td>
            <Td>第{r.itemVersion}版</Td>
            <Td><ServiceItemStatusBadge status={r.status} /></Td>
            <Td>{workingDaysLabel(r.promisedWorkingDays)}</Td>
            <Td>{r.publishedAt ? r.publishedAt.toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" }) : "—"}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
