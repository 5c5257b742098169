import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { CASE_STATUS_LABELS, EXTENDED_DECISION_LABELS } from "@/lib/hall/labels";
import type { listExtendedCandidates } from "@/lib/hall/duty/extended-queries";
import { ExtendedDecisionForm } from "./extended-decision-form";

type View = Awaited<ReturnType<typeof listExtendedCandidates>>;

/** 日清服务 (§7.1.1): my cases of the day not yet finished; from closing − 15 min the prompt is highlighted. */
export function ExtendedList({ view, me }: { view: View; me: string }) {
  const undecided = view.rows.filter((r) => !r.decision).length;
  return (
    <div className="flex flex-col gap-3" data-testid="extended-list">
      {view.inPrompt && undecided > 0 ? (
        <Alert tone="warning" title={`已到下班前提示时间（${view.promptFrom}，下班 ${view.closingTime}）`} data-testid="extended-prompt">
          您有 {undecided} 件办件尚未办结：具备办理条件的，应延时办理直至办完；不具备条件的请说明原因。
        </Alert>
      ) : (
        <p className="text-sm text-slate-600">本单位下班时间 {view.closingTime}，{view.promptFrom} 起提示延时服务。列出今日受理或今日到期、尚未办结且不在待补正状态的办件。</p>
      )}
      {view.rows.length === 0 && <EmptyState title="今日没有需要延时服务决定的办件" />}
      <ul className="flex flex-col gap-3">
        {view.rows.map((r) => (
          <li key={r.id} className={view.inPrompt && !r.decision ? "rounded-lg border-2 border-amber-300 bg-white p-3" : "rounded-lg border border-slate-200 bg-white p-3"} data-testid="extended-row">
            <p className="flex flex-wrap items-center gap-2 font-medium">
              <Link href={`/hall/cases/${r.id}`} className="text-brand-700 underline">{r.caseNo}</Link>
              {r.itemName}
              <Badge tone="info">{CASE_STATUS_LABELS[r.status]}</Badge>
              {r.dueDate && <span className="text-sm font-normal text-slate-600">承诺办结 {r.dueDate}</span>}
              {r.overdue && <Badge tone="danger">已超期</Badge>}
            </p>
            {r.decision ? (
              <p className="mt-1 text-sm text-slate-700" data-testid="extended-decided">
                <Badge tone={r.decision.decision === "EXTEND" ? "success" : "warning"}>{EXTENDED_DECISION_LABELS[r.decision.decision]}</Badge>{" "}
                {r.decision.decision === "EXTEND" ? `延时服务人员：${r.decision.staff.join("、")}${r.decision.finishedAt ? "（已办结）" : ""}` : `原因：${r.decision.reason ?? ""}`}
              </p>
            ) : (
              <div className="mt-2"><ExtendedDecisionForm caseId={r.id} staff={view.staff} me={me} /></div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
