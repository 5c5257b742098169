import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { formatShanghaiDateTime } from "@/lib/audit/format";
import { auditActionLabels, auditEntityLabels } from "@/lib/audit/labels";
import type { DeskSummary } from "@/lib/desk/queries";

/** The user's own last ten audited actions, so an unexpected entry stands out to its owner. */
export function RecentActivity({ events }: { events: DeskSummary["myActivity"] }) {
  return (
    <Card data-testid="desk-my-activity">
      <CardHeader title="我的最近操作" description="最近 10 条记录" />
      <CardContent>
        {events.length === 0 ? (
          <p className="text-sm text-slate-600">暂无记录。</p>
        ) : (
          <ol className="flex flex-col divide-y divide-slate-100 text-sm">
            {events.map((e) => (
              <li key={e.id} className="flex flex-wrap gap-x-3 py-2">
                <span className="text-slate-500 tabular-nums">{formatShanghaiDateTime(e.at)}</span>
                <span className="font-medium text-slate-900">{(auditActionLabels as Record<string, string>)[e.action] ?? e.action}</span>
                {e.entityType && <span className="text-slate-700">{auditEntityLabels[e.entityType] ?? e.entityType}</span>}
                {e.reason && <span className="text-slate-600">{e.reason}</span>}
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
