import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CaseStatusBadge } from "@/components/hall/cases/case-status-badge";
import { TrackingPanel } from "@/components/hall/follow-up/tracking-panel";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { formatShanghaiDateTime } from "@/lib/audit/format";
import { isDomainError } from "@/lib/core/errors";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { getCaseTracking } from "@/lib/hall/follow-up/tracking-queries";

export const metadata: Metadata = { title: "办件跟踪" };

export default async function CaseTrackingPage({ params }: { params: Promise<{ caseId: string }> }) {
  const scope = await getScope();
  if (!can(scope, "hall.read")) notFound();
  const { caseId } = await params;
  const t = await getCaseTracking(scope, caseId).catch((e) => {
    if (isDomainError(e)) return null;
    throw e;
  });
  if (!t) notFound();
  const c = t.case;
  return (
    <>
      <PageHeader
        title={<span className="inline-flex flex-wrap items-center gap-3">{c.itemName}<CaseStatusBadge status={c.status} /></span>}
        description={`办件编号 ${c.caseNo}`}
        breadcrumbs={[{ label: "跟踪台账", href: "/hall/follow-up" }, { label: c.caseNo }]}
        actions={<Link href={`/hall/cases/${c.id}`} className={buttonClass("secondary")}>办件详情</Link>}
      />
      <dl className="mb-6 grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <div><dt className="text-slate-500">服务对象</dt><dd>{c.clientName} <span className="font-mono text-slate-500">{c.clientIdMasked}</span></dd></div>
        <div><dt className="text-slate-500">首办人</dt><dd>{c.firstHandlerName}</dd></div>
        <div><dt className="text-slate-500">受理时间</dt><dd>{c.acceptedAt ? formatShanghaiDateTime(c.acceptedAt) : "—"}</dd></div>
        <div><dt className="text-slate-500">承诺办结日</dt><dd>{c.dueDate ? c.dueDate.toISOString().slice(0, 10) : "—"}</dd></div>
      </dl>
      {t.stale && (
        <Alert tone="warning" className="mb-4" data-testid="tracking-stale">
          已连续 {t.workingDaysSince} 个工作日未更新跟踪记录，请及时掌握办理进度并登记。
        </Alert>
      )}
      <h2 className="mb-3 text-lg font-semibold">跟踪记录</h2>
      <TrackingPanel caseId={c.id} entries={t.entries} canWrite={t.canWrite} />
    </>
  );
}
