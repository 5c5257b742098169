import { Badge } from "@/components/ui/badge";
import { formatShanghaiDateTime } from "@/lib/audit/format";
import { CHANGE_SET_STATUS_LABELS } from "@/lib/ic/labels";
import type { ReviewPanelData } from "@/lib/ic/review/panel";
import { ChangeSetActions } from "./change-set-actions";

/** IC-09: proposed core-field changes; the live profile keeps its values until the city approves. */
export function ChangeSetList({ sets }: { sets: ReviewPanelData["changeSets"] }) {
  if (sets.length === 0) return <p className="text-sm text-slate-600">没有变更申请。</p>;
  return (
    <ul className="flex flex-col gap-4" data-testid="review-change-sets">
      {sets.map((s) => (
        <li key={s.id} className="rounded-md border border-slate-200 p-3" data-testid="review-change-set">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <Badge tone={s.status === "APPROVED" ? "success" : s.status === "RETURNED" ? "warning" : "info"}>{CHANGE_SET_STATUS_LABELS[s.status]}</Badge>
            <span className="text-slate-600">{formatShanghaiDateTime(s.createdAt).slice(0, 16)} 发起</span>
            {s.summary && <span className="text-slate-800">原因：{s.summary}</span>}
          </div>
          <ul className="mt-2 list-disc pl-5 text-sm text-slate-800">
            {s.lines.map((l, i) => <li key={i}>{l}</li>)}
          </ul>
          <div className="mt-3">
            <ChangeSetActions changeSetId={s.id} version={s.version} actions={s.actions} />
          </div>
        </li>
      ))}
    </ul>
  );
}
