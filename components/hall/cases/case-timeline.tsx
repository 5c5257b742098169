import { formatShanghaiDateTime } from "@/lib/core/pdf/time";
import { CASE_STATUS_LABELS } from "@/lib/hall/labels";
import type { CaseDetail } from "@/lib/hall/cases/detail";

const label = (s: string) => CASE_STATUS_LABELS[s as keyof typeof CASE_STATUS_LABELS] ?? s;

/** 办理记录: every status change with who and when (from the workflow engine's history). */
export function CaseTimeline({ history }: { history: CaseDetail["history"] }) {
  return (
    <ol className="flex flex-col gap-1 text-sm" data-testid="case-history">
      {history.map((h) => (
        <li key={h.id}>
          {formatShanghaiDateTime(h.at)} {h.actorName}：{h.fromStatus ? `${label(h.fromStatus)} → ` : ""}{label(h.toStatus)}
          {h.reason && `（${h.reason}）`}
        </li>
      ))}
    </ol>
  );
}
