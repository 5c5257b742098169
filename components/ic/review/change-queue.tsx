import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { formatShanghaiDateTime } from "@/lib/audit/format";

type Row = {
  id: string; profileId: string; statusSince: Date; summary: string | null; lines: string[]; daysInStage: number; overdue: boolean; target: number;
  profile: { fileNo: string | null; person: { name: string; idMasked: string } };
};

/** IC-09 change sets waiting at the caller's step; they are decided on the profile's 审核 tab. */
export function ChangeQueue({ rows }: { rows: Row[] }) {
  if (rows.length === 0) return <EmptyState title="没有待审核的变更申请" />;
  return (
    <Table caption="待审核的变更申请">
      <THead>
        <tr><Th>姓名</Th><Th>身份证号</Th><Th>档案编号</Th><Th>变更内容</Th><Th>原因</Th><Th>进入本环节</Th><Th>已用工作日</Th></tr>
      </THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r.id} data-testid="review-change-row">
            <Td className="font-medium"><Link href={`/ic/${r.profileId}?tab=REVIEW`} className="text-brand-700 hover:underline">{r.profile.person.name}</Link></Td>
            <Td className="font-mono tabular-nums">{r.profile.person.idMasked}</Td>
            <Td className="font-mono">{r.profile.fileNo ?? "—"}</Td>
            <Td><ul className="list-disc pl-4">{r.lines.map((l, i) => <li key={i}>{l}</li>)}</ul></Td>
            <Td>{r.summary}</Td>
            <Td className="whitespace-nowrap">{formatShanghaiDateTime(r.statusSince).slice(0, 16)}</Td>
            <Td>{r.overdue ? <Badge tone="danger">{r.daysInStage} / {r.target}（超时）</Badge> : `${r.daysInStage} / ${r.target}`}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
