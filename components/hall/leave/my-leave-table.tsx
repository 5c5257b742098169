"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { ActionMessage } from "@/components/forms/action-message";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { LEAVE_TYPE_LABELS } from "@/lib/hall/labels";
import { cancelLeaveAction, reportReturnAction } from "@/lib/hall/leave/actions";
import type { MyLeaveRow } from "@/lib/hall/leave/queries";
import { formatLeaveSpan, LeaveStatusBadge } from "./leave-status-badge";

/** 我的请假, with the steps the engine offers now: 撤销 before the start, 销假 after it. */
export function MyLeaveTable({ rows }: { rows: MyLeaveRow[] }) {
  if (rows.length === 0) return <EmptyState title="暂无请假记录" />;
  return (
    <Table caption="我的请假" data-testid="my-leave-table">
      <THead>
        <Tr><Th>类型</Th><Th>时间</Th><Th>状态</Th><Th>审批</Th><Th>操作</Th></Tr>
      </THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r.id} data-testid="my-leave-row">
            <Td>{LEAVE_TYPE_LABELS[r.type]}{r.reason && <div className="text-slate-600">{r.reason}</div>}</Td>
            <Td className="whitespace-nowrap">{formatLeaveSpan(r.startsAt, r.endsAt)}</Td>
            <Td>
              <div className="flex flex-wrap gap-1">
                <LeaveStatusBadge status={r.status} />
                {r.abConflict && <Badge tone={r.abConflictOverride ? "warning" : "danger"}>{r.abConflictOverride ? "AB角同期（特批）" : "与AB角休假冲突"}</Badge>}
              </div>
            </Td>
            <Td className="text-slate-700">
              {r.decidedBy && <div>{r.decidedBy}{r.decisionNote && `：${r.decisionNote}`}</div>}
              {r.substitute && <div>补位：{r.substitute}</div>}
              {r.returnReportedAt && <div>销假于 {r.returnReportedAt.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })}</div>}
            </Td>
            <Td><LeaveSteps row={r} /></Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

function LeaveSteps({ row }: { row: MyLeaveRow }) {
  const router = useRouter();
  const opts = { onSuccess: () => router.refresh() };
  const cancel = useAction(cancelLeaveAction, opts);
  const back = useAction(reportReturnAction, opts);
  const busy = cancel.isExecuting || back.isExecuting;
  if (row.steps.length === 0) return null;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex gap-2">
        {row.steps.map((s) => (
          <Button
            key={s.action}
            size="sm"
            variant={s.action === "cancel" ? "secondary" : "primary"}
            disabled={busy}
            data-testid={`leave-${s.action}`}
            onClick={() => (s.action === "cancel" ? cancel : back).execute({ id: row.id, version: row.version })}
          >
            {s.label}
          </Button>
        ))}
      </div>
      <ActionMessage error={cancel.result.serverError ?? back.result.serverError} testId="leave-step-error" />
    </div>
  );
}
