import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { GENDER_LABELS, PERSON_FIELD_LABELS } from "@/lib/persons/labels";

export type PersonRow = {
  id: string;
  name: string;
  idMasked: string;
  gender: keyof typeof GENDER_LABELS;
  birthDate: Date;
  mobile: string | null;
  isDeceased: boolean;
  orgUnit: { name: string };
};

/** The masked list: ID and mobile arrive masked from the query. */
export function PersonTable({ rows }: { rows: readonly PersonRow[] }) {
  if (rows.length === 0) return <EmptyState title="没有符合条件的人员" description="请调整筛选条件，或按身份证号精确查询。" />;
  return (
    <Table caption="人员列表" data-testid="person-table">
      <THead>
        <tr>
          <Th>{PERSON_FIELD_LABELS.name}</Th>
          <Th>身份证号</Th>
          <Th>{PERSON_FIELD_LABELS.gender}</Th>
          <Th>{PERSON_FIELD_LABELS.birthDate}</Th>
          <Th>{PERSON_FIELD_LABELS.mobile}</Th>
          <Th>所属单位</Th>
          <Th><span className="sr-only">操作</span></Th>
        </tr>
      </THead>
      <TBody>
        {rows.map((p) => (
          <Tr key={p.id} data-testid="person-row">
            <Td className="font-medium text-slate-900">
              {p.name}
              {p.isDeceased && <Badge className="ml-2">已故</Badge>}
            </Td>
            <Td className="font-mono tabular-nums">{p.idMasked}</Td>
            <Td>{GENDER_LABELS[p.gender]}</Td>
            <Td className="tabular-nums">{p.birthDate.toISOString().slice(0, 10)}</Td>
            <Td className="font-mono tabular-nums">{p.mobile ?? "—"}</Td>
            <Td>{p.orgUnit.name}</Td>
            <Td className="text-right">
              <Link href={`/persons/${p.id}`} className="text-brand-700 hover:underline" data-testid="person-open">查看</Link>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
