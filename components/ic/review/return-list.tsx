import { Badge } from "@/components/ui/badge";
import { formatShanghaiDateTime } from "@/lib/audit/format";
import { PROFILE_STATUS_LABELS } from "@/lib/ic/labels";
import { defectFieldLabel } from "@/lib/ic/review/defect-fields";

type Return = {
  id: string; at: Date; fromStatus: string; changeSetId: string | null; resolvedAt: Date | null; by: string;
  defects: { field: string; reason: string }[];
};

/** Past returns with their defect lists; an open one is what the collector still has to correct. */
export function ReturnList({ returns }: { returns: Return[] }) {
  if (returns.length === 0) return <p className="text-sm text-slate-600">没有退回记录。</p>;
  return (
    <ul className="flex flex-col gap-4" data-testid="review-returns">
      {returns.map((r) => (
        <li key={r.id} className="rounded-md border border-slate-200 p-3">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className="font-medium">{formatShanghaiDateTime(r.at).slice(0, 16)}</span>
            <span className="text-slate-600">
              {(PROFILE_STATUS_LABELS as Record<string, string>)[r.fromStatus] ?? r.fromStatus}环节 · {r.by}
            </span>
            {r.changeSetId && <Badge tone="info">变更申请</Badge>}
            {r.resolvedAt ? <Badge tone="success">已重新提交</Badge> : <Badge tone="warning">待修改</Badge>}
          </div>
          <ol className="mt-2 list-decimal pl-5 text-sm">
            {r.defects.map((d, i) => (
              <li key={i}><span className="font-medium">{defectFieldLabel(d.field)}</span>：{d.reason}</li>
            ))}
          </ol>
        </li>
      ))}
    </ul>
  );
}
