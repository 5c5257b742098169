import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import type { SupervisionStatus } from "@/lib/generated/prisma/enums";
import type { SupervisionRow } from "@/lib/hall/follow-up/supervision-queries";
import { SUPERVISION_ORIGIN_LABELS, SUPERVISION_STATUS_LABELS } from "@/lib/hall/labels";

export const SUPERVISION_TONE: Record<SupervisionStatus, BadgeTone> = { OPEN: "warning", IN_PROGRESS: "info", RESOLVED: "info", VERIFIED: "success" };

export function SupervisionTable({ rows }: { rows: SupervisionRow[] }) {
  if (rows.length === 0) return <EmptyState title="没有督导任务" description="回访发现办理效果不理想或政策落实不到位时，系统自动发起督导落实任务。" />;
  return (
    <Table caption="督导落实任务" data-testid="supervision-table">
      <THead>
        <Tr><Th>问题</Th><Th>来源</Th><Th>被督导单位</Th><Th>督导人</Th><Th>整改期限</Th><Th>状态</Th></Tr>
      </THead>
      <TBody>
        {rows.map((t) => (
          <Tr key={t.id} data-testid="supervision-row">
            <Td className="max-w-md"><Link href={`/hall/follow-up/supervision/${t.id}`} className="line-clamp-2 text-brand-700 underline-offset-2 hover:underline">{t.issue}</Link></Td>
            <Td>{SUPERVISION_ORIGIN_LABELS[t.origin]}</Td>
            <Td>{t.unitName}</Td>
            <Td>{t.supervisorName ?? "—"}</Td>
            <Td>{t.dueDate.toISOString().slice(0, 10)}</Td>
            <Td>
              <span className="inline-flex gap-1">
                <Badge tone={SUPERVISION_TONE[t.status]}>{SUPERVISION_STATUS_LABELS[t.status]}</Badge>
                {t.overdue && <Badge tone="danger">超期</Badge>}
              </span>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
