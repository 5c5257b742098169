import { EmptyState } from "@/components/ui/empty-state";
import { formatShanghaiDateTime } from "@/lib/audit/format";
import type { TrackingEntryView } from "@/lib/hall/follow-up/tracking-queries";
import { TRACKING_METHOD_LABELS } from "@/lib/hall/labels";
import { TrackingEntryForm } from "./tracking-entry-form";

export type TrackingPanelProps = {
  caseId: string;
  /** getTrackingEntries(scope, caseId), newest first. */
  entries: readonly TrackingEntryView[];
  /** canTrackCase(scope, caseId): the case is open and this user is its handler (HALL-30/31). */
  canWrite: boolean;
};

/**
 * §7.4.1 跟踪台账 of one case, for the case page: the entries and, for the handler, the form.
 * Data comes from getTrackingPanelData(scope, caseId) in lib/hall/follow-up/tracking-queries.
 */
export function TrackingPanel({ caseId, entries, canWrite }: TrackingPanelProps) {
  return (
    <div className="flex flex-col gap-4" data-testid="tracking-panel">
      {entries.length === 0 ? (
        <EmptyState title="尚无跟踪记录" description="首办人员应全程跟踪办理进度（现场核查、陪办、电话回访），并及时登记。" />
      ) : (
        <ol className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="tracking-entries">
          {entries.map((e) => (
            <li key={e.id} className="px-4 py-3" data-testid="tracking-entry">
              <p className="text-sm text-slate-600">
                {formatShanghaiDateTime(e.at)} · {TRACKING_METHOD_LABELS[e.method]} · {e.byName}
              </p>
              <p className="mt-1 whitespace-pre-wrap text-slate-900">{e.progress}</p>
              {e.nextStep && <p className="mt-1 text-sm text-slate-700">下一步：{e.nextStep}</p>}
            </li>
          ))}
        </ol>
      )}
      {canWrite && <TrackingEntryForm key={entries[0]?.id ?? "none"} caseId={caseId} lastEntryId={entries[0]?.id ?? null} />}
    </div>
  );
}
