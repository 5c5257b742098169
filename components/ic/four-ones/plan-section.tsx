import { Badge } from "@/components/ui/badge";
import type { FourOnes } from "@/lib/ic/four-ones/queries";
import { PLAN_NEED_LABELS, PLAN_STATUS_LABELS } from "@/lib/ic/labels";
import { PlanCloseForm } from "./plan-close-form";
import { PlanForm } from "./plan-form";
import { PlanReviewForm } from "./plan-review-form";

const needLabel = (n: string) => PLAN_NEED_LABELS[n as keyof typeof PLAN_NEED_LABELS] ?? n;

/** "一策" (§3.1.2 ServicePlan): the active plan with its follow-ups, earlier plans below. */
export function PlanSection({ data, currentUserId }: { data: FourOnes; currentUserId: string }) {
  const active = data.plans.find((p) => p.id === data.activePlanId);
  const defaultStaff = data.staffOptions.some((o) => o.value === currentUserId) ? currentUserId : (data.staffOptions[0]?.value ?? "");
  return (
    <section className="flex flex-col gap-3" data-testid="plan-section">
      <h3 className="font-semibold">帮扶计划</h3>
      {data.plans.length === 0 && <p className="text-sm text-slate-600">尚未制定帮扶计划。</p>}
      {data.plans.map((p) => (
        <article key={p.id} className="flex flex-col gap-2 rounded-md border border-slate-200 px-4 py-3 text-sm" data-testid="plan-item">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={p.status === "ACTIVE" ? "info" : "neutral"}>{PLAN_STATUS_LABELS[p.status]}</Badge>
            <span>需求：{p.needs.map(needLabel).join("、")}</span>
            <span>责任人：{p.responsibleName}</span>
            <span>开始：{p.startDate}</span>
            {p.status === "ACTIVE" && <span>下次回访：{p.nextReviewDate}</span>}
          </div>
          <p className="whitespace-pre-wrap text-slate-800">帮扶措施：{p.measures}</p>
          {p.reviews.length > 0 && (
            <ol className="flex flex-col gap-1 border-l-2 border-slate-200 pl-3 text-slate-700">
              {p.reviews.map((r, i) => (
                <li key={i}>{r.date} {r.kind === "CLOSE" ? "结束说明" : "回访"}（{r.byName}）：{r.progress}</li>
              ))}
            </ol>
          )}
        </article>
      ))}
      {data.canWrite && active && (
        <div className="flex flex-col gap-4">
          <details className="rounded-md border border-slate-200 px-4 py-3">
            <summary className="cursor-pointer font-medium">修改计划</summary>
            <PlanForm key={active.version} profileId={data.profileId} plan={active} staffOptions={data.staffOptions} defaultStaffId={defaultStaff} />
          </details>
          <details className="rounded-md border border-slate-200 px-4 py-3">
            <summary className="cursor-pointer font-medium">登记回访</summary>
            <PlanReviewForm key={active.version} profileId={data.profileId} planId={active.id} version={active.version} />
          </details>
          <details className="rounded-md border border-slate-200 px-4 py-3">
            <summary className="cursor-pointer font-medium">结束计划</summary>
            <PlanCloseForm key={active.version} profileId={data.profileId} planId={active.id} version={active.version} />
          </details>
        </div>
      )}
      {data.canWrite && !active && (
        <PlanForm profileId={data.profileId} plan={null} staffOptions={data.staffOptions} defaultStaffId={defaultStaff} />
      )}
    </section>
  );
}
