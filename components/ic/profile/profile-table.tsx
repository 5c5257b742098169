import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { CATEGORY_LABELS } from "@/lib/ic/labels";
import type { ProfileListRow } from "@/lib/ic/profile-queries";
import { CompletenessMeter, ProfileStatusBadge } from "./status-badge";

/** The collection registry: masked ID, status and completeness (IC-05) per file. */
export function ProfileTable({ rows }: { rows: readonly ProfileListRow[] }) {
  if (rows.length === 0) return <EmptyState title="没有符合条件的采集档案" description="请调整筛选条件，或点击“新建采集”。" />;
  return (
    <Table caption="采集档案列表" data-testid="ic-table">
      <THead>
        <tr>
          <Th>姓名</Th>
          <Th>身份证号</Th>
          <Th>人员类别</Th>
          <Th>状态</Th>
          <Th>完整度</Th>
          <Th>所属单位</Th>
          <Th>档案编号</Th>
          <Th><span className="sr-only">操作</span></Th>
        </tr>
      </THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r.id} data-testid="ic-row">
            <Td className="font-medium text-slate-900">
              {r.person.name}
              {r.person.isDeceased && <Badge className="ml-2">已故</Badge>}
            </Td>
            <Td className="font-mono tabular-nums">{r.person.idMasked}</Td>
            <Td>
              {CATEGORY_LABELS[r.primaryCategory]}
              {r.categories.length > 1 && <span className="ml-1 text-slate-500">等{r.categories.length}类</span>}
            </Td>
            <Td><ProfileStatusBadge status={r.status} /></Td>
            <Td><CompletenessMeter value={r.completeness} /></Td>
            <Td>
              {r.person.orgUnit.name}
              {r.handledByOrgUnitId && <Badge tone="info" className="ml-2">代采</Badge>}
            </Td>
            <Td className="font-mono tabular-nums">{r.fileNo ?? "—"}</Td>
            <Td className="text-right">
              <Link href={`/ic/${r.id}`} className="text-brand-700 hover:underline" data-testid="ic-open">打开</Link>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
