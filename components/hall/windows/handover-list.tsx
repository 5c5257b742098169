"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { ActionMessage } from "@/components/forms/action-message";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { acknowledgeHandoverAction } from "@/lib/hall/ab/actions";
import type { HandoverView } from "@/lib/hall/ab/queries";
import { CASE_STATUS_LABELS, HANDOVER_REASON_LABELS, PRESENCE_LABELS } from "@/lib/hall/labels";

/** ORG-44: hand-overs addressed to me; the counterpart confirms each one. */
export function HandoverList({ handovers }: { handovers: HandoverView[] }) {
  if (handovers.length === 0) return <EmptyState title="没有待确认的交接" description="AB角离岗交接在办办件时，会在这里提醒您确认。" />;
  return (
    <ul className="flex flex-col gap-3" data-testid="handover-list">
      {handovers.map((h) => <HandoverItem key={h.id} h={h} />)}
    </ul>
  );
}

function HandoverItem({ h }: { h: HandoverView }) {
  const router = useRouter();
  const ack = useAction(acknowledgeHandoverAction, { onSuccess: () => router.refresh() });
  return (
    <li className="rounded-md border border-slate-200 bg-white p-3 text-sm" data-testid="handover-item">
      <p className="flex flex-wrap items-center gap-2 font-medium">
        {h.fromName}（{h.windowNo}号窗口）{PRESENCE_LABELS[h.presenceStatus]} · {HANDOVER_REASON_LABELS[h.reason]}
        <span className="font-normal text-slate-500">{h.at.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })}</span>
        {h.endedAt && <Badge>已返岗</Badge>}
        {h.acknowledgedAt && <Badge tone="success">已确认</Badge>}
      </p>
      <p className="mt-1 whitespace-pre-wrap text-slate-700">{h.notes}</p>
      <ul className="mt-1 text-slate-700">
        {h.cases.map((c) => (
          <li key={c.id}><Link className="text-brand-700 underline" href={`/hall/cases/${c.id}`}>{c.caseNo}</Link> {c.itemName}（{CASE_STATUS_LABELS[c.status]}）</li>
        ))}
      </ul>
      {!h.acknowledgedAt && (
        <div className="mt-2 flex flex-col gap-1">
          <div>
            <Button size="sm" disabled={ack.isExecuting} onClick={() => ack.execute({ id: h.id, version: h.version })} data-testid="handover-ack">确认接收交接</Button>
          </div>
          <ActionMessage error={ack.result.serverError} testId="handover-error" />
        </div>
      )}
    </li>
  );
}
