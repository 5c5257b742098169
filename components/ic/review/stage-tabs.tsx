import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { STAGE_LABELS } from "@/lib/ic/review/labels";
import type { StageCount } from "@/lib/ic/review/queries";

export type QueueTab = keyof typeof STAGE_LABELS | "CHANGES";

/** Stage tabs with their counts; the caller's own step is marked 待我审核, the others are oversight. */
export function StageTabs({ counts, current, own, changeCount }: { counts: StageCount[]; current: QueueTab; own: string; changeCount: number }) {
  const tab = (key: QueueTab, label: string, badge: React.ReactNode) => (
    <Link
      key={key}
      href={key === own ? "/ic/review" : `/ic/review?stage=${key}`}
      aria-current={current === key ? "page" : undefined}
      data-testid={`review-tab-${key}`}
      className={cn(
        "inline-flex min-h-10 items-center gap-2 rounded-t-md border-b-2 px-4 text-sm",
        current === key ? "border-brand-600 font-semibold text-brand-800" : "border-transparent text-slate-700 hover:bg-slate-100",
      )}
    >
      {label}
      {badge}
    </Link>
  );
  return (
    <nav aria-label="审核环节" className="mb-4 flex flex-wrap gap-1 border-b border-slate-200">
      {counts.map((c) =>
        tab(c.stage, `${STAGE_LABELS[c.stage]}${c.stage === own ? "（待我审核）" : ""}`, (
          <span className="text-xs text-slate-600">
            {c.total}
            {c.overdue > 0 && <span className="ml-1 text-red-700">超时 {c.overdue}</span>}
          </span>
        )),
      )}
      {tab("CHANGES", "变更申请（待我审核）", <span className="text-xs text-slate-600">{changeCount}</span>)}
    </nav>
  );
}
