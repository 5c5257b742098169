import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { CATEGORY_LABELS, PROFILE_STATUS_LABELS } from "@/lib/ic/labels";
import type { ProfileStatus, SubjectCategory } from "@/lib/generated/prisma/enums";
import { ProvincialRejectDialog } from "./reject-dialog";

export type BatchProfileRow = {
  id: string; fileNo: string | null; status: ProfileStatus; primaryCategory: SubjectCategory; canReject: boolean;
  person: { name: string; idMasked: string; mobile: string; orgUnit: { name: string } };
  rejection: { reason: string; at: string } | null;
};

/** The batch's files, masked; "登记省级退回" only where the file still stands exported by this batch. */
export function BatchProfilesTable({ batchId, rows }: { batchId: string; rows: readonly BatchProfileRow[] }) {
  return (
    <Table caption="本批次档案">
      <THead>
        <Tr>
          <Th>电子档案编号</Th>
          <Th>姓名</Th>
          <Th>身份证号</Th>
          <Th>主要类别</Th>
          <Th>户籍村（社区）</Th>
          <Th>当前状态</Th>
          <Th>操作</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((p) => (
          <Tr key={p.id}>
            <Td className="font-mono text-xs">{p.fileNo ?? "—"}</Td>
            <Td>
              <Link href={`/ic/${p.id}`} className="text-brand-700 hover:underline">{p.person.name}</Link>
            </Td>
            <Td className="font-mono tabular-nums">{p.person.idMasked}</Td>
            <Td>{CATEGORY_LABELS[p.primaryCategory]}</Td>
            <Td>{p.person.orgUnit.name}</Td>
            <Td>
              <Badge tone={p.status === "EXPORTED" ? "success" : "warning"}>{PROFILE_STATUS_LABELS[p.status]}</Badge>
              {p.rejection && <p className="mt-1 text-xs text-red-700">省级退回：{p.rejection.reason}</p>}
            </Td>
            <Td>{p.canReject && <ProvincialRejectDialog batchId={batchId} profileId={p.id} name={p.person.name} />}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
