"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { CATEGORY_LABELS } from "@/lib/ic/labels";
import { batchApproveCityAction } from "@/lib/ic/review/actions";
import { BATCH_MAX } from "@/lib/ic/review/schemas";
import type { SubjectCategory } from "@/lib/generated/prisma/enums";
import { ActionMessage } from "@/components/forms/action-message";

export type QueueRow = {
  id: string; version: number; fileNo: string | null; name: string; idMasked: string; unitName: string;
  primaryCategory: SubjectCategory; since: string; daysInStage: number; overdue: boolean;
};

/**
 * The queue of one stage. For the city's own step it is also the batch form (§3.1.4, AMB-47):
 * tick up to 200, approve, and see the result of every record — each is approved on its own.
 */
export function QueueTable({ rows, target, batch }: { rows: QueueRow[]; target: number; batch: boolean }) {
  const router = useRouter();
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const run = useAction(batchApproveCityAction, { onSuccess: () => { setPicked(new Set()); router.refresh(); } });
  const results = new Map((run.result.data?.results ?? []).map((r) => [r.profileId, r]));
  const toggle = (id: string) => setPicked((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; });
  if (rows.length === 0 && results.size === 0) return <EmptyState title="没有待审核的记录" />;
  const all = rows.length > 0 && rows.every((r) => picked.has(r.id));
  return (
    <div className="flex flex-col gap-3">
      {batch && (
        <div className="flex flex-wrap items-center gap-3">
          <Button
            disabled={picked.size === 0 || picked.size > BATCH_MAX || run.isExecuting}
            onClick={() => run.execute({ items: rows.filter((r) => picked.has(r.id)).map((r) => ({ profileId: r.id, version: r.version })) })}
            data-testid="batch-approve"
          >
            {run.isExecuting ? "正在审核…" : `批量审核通过（已选 ${picked.size} 条）`}
          </Button>
          <span className="text-sm text-slate-600">每批最多 {BATCH_MAX} 条；逐条办理，个别记录未通过不影响其他记录。</span>
        </div>
      )}
      {run.result.data && (
        <Alert tone={run.result.data.failed ? "warning" : "success"} data-testid="batch-result">
          本批通过 {run.result.data.approved} 条{run.result.data.failed ? `，未通过 ${run.result.data.failed} 条（原因见下表）` : ""}。
          <ul className="mt-1 list-disc pl-5">
            {run.result.data.results.filter((r) => !r.ok).map((r) => <li key={r.profileId}>{rows.find((x) => x.id === r.profileId)?.name ?? r.profileId}：{"message" in r ? r.message : ""}</li>)}
          </ul>
        </Alert>
      )}
      <ActionMessage error={run.result.serverError ?? (run.result.validationErrors ? `每批最多 ${BATCH_MAX} 条，请减少勾选后重试` : undefined)} />
      <Table caption="待审核记录">
        <THead>
          <tr>
            {batch && <Th><input type="checkbox" aria-label="全选本页" checked={all} onChange={() => setPicked(all ? new Set() : new Set(rows.map((r) => r.id)))} /></Th>}
            <Th>姓名</Th><Th>身份证号</Th><Th>人员类别</Th><Th>所属单位</Th><Th>档案编号</Th><Th>进入本环节</Th><Th>已用工作日</Th>
          </tr>
        </THead>
        <TBody>
          {rows.map((r) => {
            const res = results.get(r.id);
            return (
              <Tr key={r.id} data-testid="review-queue-row" className={r.overdue ? "bg-red-50/50" : undefined}>
                {batch && <Td><input type="checkbox" aria-label={`选择 ${r.name}`} checked={picked.has(r.id)} onChange={() => toggle(r.id)} data-testid={`batch-select-${r.id}`} /></Td>}
                <Td className="font-medium"><Link href={`/ic/${r.id}?tab=REVIEW`} className="text-brand-700 hover:underline">{r.name}</Link>{res && !res.ok && <p className="text-xs text-red-700">{"message" in res ? res.message : ""}</p>}</Td>
                <Td className="font-mono tabular-nums">{r.idMasked}</Td>
                <Td>{CATEGORY_LABELS[r.primaryCategory]}</Td>
                <Td>{r.unitName}</Td>
                <Td className="font-mono">{r.fileNo ?? "—"}</Td>
                <Td className="whitespace-nowrap">{r.since}</Td>
                <Td>{r.overdue ? <Badge tone="danger">{r.daysInStage} / {target}（超时）</Badge> : `${r.daysInStage} / ${target}`}</Td>
              </Tr>
            );
          })}
        </TBody>
      </Table>
    </div>
  );
}
