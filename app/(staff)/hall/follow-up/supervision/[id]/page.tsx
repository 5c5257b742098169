import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SupervisionSteps } from "@/components/hall/follow-up/supervision-step-form";
import { SUPERVISION_TONE } from "@/components/hall/follow-up/supervision-table";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { formatShanghaiDateTime } from "@/lib/audit/format";
import { isDomainError } from "@/lib/core/errors";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { getSupervisionTask } from "@/lib/hall/follow-up/supervision-queries";
import { SUPERVISION_ORIGIN_LABELS, SUPERVISION_STATUS_LABELS } from "@/lib/hall/labels";

export const metadata: Metadata = { title: "督导任务" };

const statusLabel = (s: string) => SUPERVISION_STATUS_LABELS[s as keyof typeof SUPERVISION_STATUS_LABELS] ?? s;

export default async function SupervisionTaskPage({ params }: { params: Promise<{ id: string }> }) {
  const scope = await getScope();
  if (!can(scope, "hall.read")) notFound();
  const { id } = await params;
  const d = await getSupervisionTask(scope, id).catch((e) => {
    if (isDomainError(e)) return null;
    throw e;
  });
  if (!d) notFound();
  const t = d.task;
  return (
    <>
      <PageHeader
        title={<span className="inline-flex flex-wrap items-center gap-3">督导落实任务<Badge tone={SUPERVISION_TONE[t.status]}>{SUPERVISION_STATUS_LABELS[t.status]}</Badge>{d.overdue && <Badge tone="danger">超期</Badge>}</span>}
        description={`${d.unitName} · 整改期限 ${t.dueDate.toISOString().slice(0, 10)}`}
        breadcrumbs={[{ label: "督导落实", href: "/hall/follow-up/supervision" }, { label: "督导任务" }]}
      />
      <div className="flex flex-col gap-6">
        <dl className="grid gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2" data-testid="supervision-summary">
          <div className="sm:col-span-2"><dt className="text-slate-500">问题</dt><dd className="whitespace-pre-wrap">{t.issue}</dd></div>
          <div><dt className="text-slate-500">来源</dt><dd>{SUPERVISION_ORIGIN_LABELS[t.origin]}{d.sourceVisitId && <Link className="ml-2 text-brand-700 underline" href={`/hall/follow-up/visits/${d.sourceVisitId}`}>查看回访</Link>}</dd></div>
          <div><dt className="text-slate-500">督导人</dt><dd>{d.supervisorName ?? "—"}</dd></div>
          <div className="sm:col-span-2"><dt className="text-slate-500">整改落实情况</dt><dd className="whitespace-pre-wrap">{t.actions || "—"}</dd></div>
          {t.verifiedAt && <div><dt className="text-slate-500">核验</dt><dd>{formatShanghaiDateTime(t.verifiedAt)}（{d.verifiedByName}）</dd></div>}
        </dl>
        {(can(scope, "hall.handle") || can(scope, "hall.review")) && <SupervisionSteps id={t.id} version={t.version} steps={d.transitions} />}
        {d.history.length > 0 && (
          <section className="flex flex-col gap-2">
            <h2 className="text-lg font-semibold">办理记录</h2>
            <ul className="flex flex-col gap-1 text-sm" data-testid="supervision-history">
              {d.history.map((h) => (
                <li key={h.id}>
                  {formatShanghaiDateTime(h.at)} {h.actorName}：{statusLabel(h.fromStatus)} → {statusLabel(h.toStatus)}{h.reason && `（${h.reason}）`}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </>
  );
}
