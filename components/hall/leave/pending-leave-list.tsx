import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { LEAVE_TYPE_LABELS } from "@/lib/hall/labels";
import { LEAVE_CONFLICT_MESSAGE } from "@/lib/hall/leave/rules";
import type { PendingLeave } from "@/lib/hall/leave/review";
import { formatLeaveSpan } from "./leave-status-badge";
import { LeaveDecisionForm } from "./leave-decision-form";

type Substitute = { id: string; displayName: string; orgUnitId: string };

/** Requests waiting for the reviewer; A/B conflicts are highlighted with the counterpart, window and days. */
export function PendingLeaveList({ rows, isWindowLead, substitutes }: { rows: PendingLeave[]; isWindowLead: boolean; substitutes: Substitute[] }) {
  if (rows.length === 0) return <EmptyState title="没有待审批的请假" />;
  return (
    <ul className="flex flex-col gap-4" data-testid="pending-leave">
      {rows.map((r) => (
        <li key={r.id} className={r.abConflict ? "rounded-lg border-2 border-red-300 bg-white p-4" : "rounded-lg border border-slate-200 bg-white p-4"} data-testid="pending-leave-item">
          <p className="font-medium">
            {r.requester}（{r.unitName}） · {LEAVE_TYPE_LABELS[r.type]} · {formatLeaveSpan(r.startsAt, r.endsAt)}
          </p>
          {r.reason && <p className="text-sm text-slate-700">事由：{r.reason}</p>}
          {r.abConflict && (
            <Alert tone="error" title={LEAVE_CONFLICT_MESSAGE} className="mt-2" data-testid="leave-conflict">
              {r.conflicts.map((c, i) => (
                <p key={i}>{c.windowNo}号窗口的AB角{c.counterpart}已批准休假，重叠日期：{c.days.join("、")}</p>
              ))}
              {!isWindowLead && <p>须由窗口负责人特批，并指定补位人员。</p>}
            </Alert>
          )}
          <div className="mt-3">
            <LeaveDecisionForm
              id={r.id}
              version={r.version}
              conflict={r.abConflict}
              isWindowLead={isWindowLead}
              substitutes={substitutes.filter((s) => s.orgUnitId === r.orgUnitId && s.id !== r.userId && !r.conflicts.some((c) => c.counterpartId === s.id))}
            />
          </div>
        </li>
      ))}
    </ul>
  );
}
