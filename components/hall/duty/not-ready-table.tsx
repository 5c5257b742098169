import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";

type Row = { id: string; caseId: string; caseNo: string; itemName: string; handler: string; reason: string; at: Date };

/** AMB-57: the day's "不具备条件" reasons for the reviewer. */
export function NotReadyTable({ rows }: { rows: Row[] }) {
  if (rows.length === 0) return <EmptyState title="今日没有“不具备条件”的办件" />;
  return (
    <Table caption="不具备延时办理条件的办件" data-testid="not-ready-table">
      <THead><Tr><Th>办件</Th><Th>事项</Th><Th>经办人</Th><Th>原因</Th><Th>时间</Th></Tr></THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r.id}>
            <Td><Link href={`/hall/cases/${r.caseId}`} className="text-brand-700 underline">{r.caseNo}</Link></Td>
            <Td>{r.itemName}</Td>
            <Td>{r.handler}</Td>
            <Td>{r.reason}</Td>
            <Td className="whitespace-nowrap">{r.at.toLocaleTimeString("zh-CN", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit" })}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
