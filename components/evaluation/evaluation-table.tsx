import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import { EVAL_CHANNEL_LABELS, EVALUATOR_TYPE_LABELS } from "@/lib/evaluation/labels";
import type { listEvaluations } from "@/lib/evaluation/queries";
import { SatisfactionBadge } from "./satisfaction-badge";

type Row = Awaited<ReturnType<typeof listEvaluations>>["rows"][number];

const fmt = (d: Date) => d.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });

/** Evaluations are append-only (EVA-05): the table has no edit action by design. */
export function EvaluationTable({ rows }: { rows: Row[] }) {
  if (rows.length === 0) return <EmptyState title="没有符合条件的评价" />;
  return (
    <Table caption="服务评价" data-testid="evaluation-table">
      <THead>
        <Tr>
          <Th>评价时间</Th><Th>被评价单位</Th><Th>窗口</Th><Th>工作人员</Th><Th>渠道</Th><Th>总体评价</Th><Th>意见</Th><Th>评价人</Th><Th>差评闭环</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r.id} data-testid="evaluation-row">
            <Td className="whitespace-nowrap">{fmt(r.submittedAt)}</Td>
            <Td>{r.unitName}</Td>
            <Td>{r.windowLabel}</Td>
            <Td>{r.staffName}</Td>
            <Td className="whitespace-nowrap">
              {EVAL_CHANNEL_LABELS[r.channel]}
              {r.evaluatorType !== "CLIENT" && <span className="text-slate-500">（{EVALUATOR_TYPE_LABELS[r.evaluatorType]}）</span>}
            </Td>
            <Td><SatisfactionBadge value={r.overall} /></Td>
            <Td className="max-w-xs">{r.comment ?? "—"}</Td>
            <Td className="whitespace-nowrap" data-testid="evaluation-contact">
              {r.contact === null
                ? <span className="text-slate-500">已隐藏</span>
                : r.contact.phone ? `${r.contact.name || "—"} ${r.contact.phone}` : "匿名"}
            </Td>
            <Td>{r.badReviewId ? <Link className="text-brand-700 underline" href={`/evaluation/bad-reviews/${r.badReviewId}`}>查看</Link> : "—"}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
