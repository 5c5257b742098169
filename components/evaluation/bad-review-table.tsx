import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import type { listBadReviews } from "@/lib/evaluation/bad-review-queries";
import { BAD_REVIEW_SOURCE_LABELS } from "@/lib/evaluation/labels";
import { BadReviewStatusBadge } from "./bad-review-status-badge";

type Row = Awaited<ReturnType<typeof listBadReviews>>["rows"][number];

export function BadReviewTable({ rows }: { rows: Row[] }) {
  if (rows.length === 0) return <EmptyState title="没有符合条件的差评" />;
  return (
    <Table caption="差评整改" data-testid="bad-review-table">
      <THead>
        <Tr>
          <Th>发现时间</Th><Th>来源</Th><Th>涉及单位</Th><Th>窗口 / 人员</Th><Th>反映内容</Th><Th>环节</Th><Th>环节期限</Th><Th></Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r.id} data-testid="bad-review-row">
            <Td className="whitespace-nowrap">{r.foundAt.toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" })}</Td>
            <Td className="whitespace-nowrap">{BAD_REVIEW_SOURCE_LABELS[r.source]}{r.anonymous && <span className="text-slate-500">（匿名）</span>}</Td>
            <Td>{r.unitName}</Td>
            <Td>{r.windowLabel} / {r.staffName}</Td>
            <Td className="max-w-xs">{r.description ? (r.description.length > 60 ? `${r.description.slice(0, 60)}…` : r.description) : "—"}</Td>
            <Td className="whitespace-nowrap">
              <BadReviewStatusBadge status={r.status} />
              {r.escalated && <Badge tone="danger" className="ml-1">已升级督办</Badge>}
            </Td>
            <Td className="whitespace-nowrap">
              {r.stepDueDate ?? "—"}
              {r.overdue && <Badge tone="danger" className="ml-1" data-testid="bad-review-overdue">超期</Badge>}
            </Td>
            <Td><Link href={`/evaluation/bad-reviews/${r.id}`} className="text-brand-700 underline" data-testid="bad-review-open">办理</Link></Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
