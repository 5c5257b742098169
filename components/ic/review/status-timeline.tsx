import { formatShanghaiDateTime } from "@/lib/audit/format";
import { CHANGE_SET_STATUS_LABELS, PROFILE_STATUS_LABELS } from "@/lib/ic/labels";
import { REVIEW_ACTION_LABELS } from "@/lib/ic/review/labels";

type Entry = { id: string; at: Date; from: string; to: string; action: string; actor: string; reason: string | null };

const statusLabel = (s: string) =>
  (PROFILE_STATUS_LABELS as Record<string, string>)[s] ?? (CHANGE_SET_STATUS_LABELS as Record<string, string>)[s] ?? s;

/** The status history (newest first): who did what, when, and why (returns and deactivations). */
export function StatusTimeline({ entries }: { entries: Entry[] }) {
  if (entries.length === 0) return <p className="text-sm text-slate-600">暂无审核记录。</p>;
  return (
    <ol className="flex flex-col gap-3 border-l-2 border-slate-200 pl-4" data-testid="review-history">
      {entries.map((e) => (
        <li key={e.id} className="relative">
          <span className="absolute top-1.5 -left-[1.4rem] size-2.5 rounded-full bg-brand-600" aria-hidden="true" />
          <p className="text-sm">
            <span className="font-medium text-slate-900">{REVIEW_ACTION_LABELS[e.action] ?? e.action}</span>
            <span className="text-slate-600">（{statusLabel(e.from)} → {statusLabel(e.to)}）</span>
          </p>
          <p className="text-xs text-slate-600">{formatShanghaiDateTime(e.at).slice(0, 16)} · {e.actor || "—"}</p>
          {e.reason && <p className="mt-1 text-sm whitespace-pre-wrap text-slate-700">{e.reason}</p>}
        </li>
      ))}
    </ol>
  );
}
