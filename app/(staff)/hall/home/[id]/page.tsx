import type { Metadata } from "next";
import { DetailRow } from "@/components/ui/detail-row";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HistoryList } from "@/components/hall/appointments/history-list";
import { PrintButton } from "@/components/forms/print-button";
import { EligibilityForm } from "@/components/hall/home/eligibility-form";
import { ExceptionForm } from "@/components/hall/home/exception-form";
import { HomeStatusBadge } from "@/components/hall/home/home-table";
import { HomeSteps } from "@/components/hall/home/home-steps";
import { ScheduleForm } from "@/components/hall/home/schedule-form";
import { VisitForm } from "@/components/hall/home/visit-form";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/pagination";
import { isDomainError } from "@/lib/core/errors";
import { formatDate, formatShanghaiDateTime } from "@/lib/core/pdf/time";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { getHomeRequest, getHomeStaffOptions } from "@/lib/hall/home/queries";
import { ASSIST_STATUS_LABELS, CASE_STATUS_LABELS, HOME_HARDSHIP_LABELS, HOME_RESULT_LABELS, HOME_SERVICE_CONTENT_LABELS, HOME_STATUS_LABELS, type HomeServiceContent } from "@/lib/hall/labels";

export const metadata: Metadata = { title: "上门服务详情" };

/** datetime-local value of an instant, in Shanghai time. */
const localValue = (d: Date | null) => (d ? new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16) : "");

export default async function HomeServiceDetailPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "hall.read")) notFound();
  const { id } = await params;
  const created = firstParam((await searchParams).created);
  const view = await getHomeRequest(scope, id).catch((e) => {
    if (isDomainError(e)) return null;
    throw e;
  });
  if (!view) notFound();
  const { request: h, steps } = view;
  const has = (a: string) => steps.some((s) => s.action === a);
  const handles = can(scope, "hall.handle");
  const { staff, agents } = handles ? await getHomeStaffOptions(scope, h.orgUnitId) : { staff: [], agents: [] };
  const proxyHref = view.item?.proxyEligible ? `/hall/assist/new?personId=${h.applicantPersonId}&itemCode=${encodeURIComponent(h.itemCode)}&kind=PROXY` : null;
  return (
    <>
      <PageHeader
        title={<span className="inline-flex flex-wrap items-center gap-3">上门服务<HomeStatusBadge status={h.status} /></span>}
        description={`${view.person?.name ?? ""} · ${view.item?.name ?? h.itemCode}`}
        breadcrumbs={[{ label: "上门服务", href: "/hall/home" }, { label: "详情" }]}
        actions={(h.status === "VISITED" || h.status === "CLOSED") ? <PrintButton action={`/api/hall/print/home/${h.id}`} label="打印上门服务记录单" testId="home-print" /> : undefined}
      />
      <div className="flex max-w-3xl flex-col gap-6">
        {created && h.status === "REQUESTED" && <Alert tone="success">上门服务申请已登记，请确认是否符合条件。</Alert>}
        {(has("confirmEligible") || has("reject")) && (
          <Card>
            <CardHeader title="条件确认（§7.3.2 b）" description={h.needsOnSiteAuthentication ? "须同时满足：a) 事项需要现场认证；b) 本人存在重病、伤残等实际困难。" : "该申请的事项无需现场认证：确认符合条件须由审核人员批准例外；也可认定不符合并引导代办服务。"} />
            <CardContent><EligibilityForm key={h.version} id={h.id} version={h.version} canConfirm={has("confirmEligible")} proxyHref={proxyHref} /></CardContent>
          </Card>
        )}
        {has("approveException") && (
          <Card>
            <CardHeader title="例外批准（审核人员）" description="无需现场认证但确有上门必要的，可批准例外；例外情况计入上门服务统计。" />
            <CardContent><ExceptionForm key={h.version} id={h.id} version={h.version} /></CardContent>
          </Card>
        )}
        {has("schedule") && handles && (
          <Card>
            <CardHeader title={h.status === "SCHEDULED" ? "调整上门安排" : "约定上门时间和地点（§7.3.2 c）"} />
            <CardContent>
              <ScheduleForm key={h.version} id={h.id} version={h.version} staff={staff} initial={{ agreedAt: localValue(h.agreedAt), address: h.address ?? "", serviceStaffIds: h.serviceStaffIds }} />
            </CardContent>
          </Card>
        )}
        {has("visit") && (
          <Card>
            <CardHeader title="登记上门服务结果（§7.3.3）" />
            <CardContent>
              <VisitForm key={h.version} id={h.id} version={h.version} agents={agents} proxyEligible={!!view.item?.proxyEligible}
                materials={view.item?.materials ?? []} />
            </CardContent>
          </Card>
        )}
        {h.status === "SCHEDULED" && !view.isServiceStaff && <p className="text-sm text-slate-600">上门服务结果由安排的上门服务人员登记。</p>}
        {view.caseUnfinished && <Alert tone="warning">上门服务结果已登记，但办件尚未完成登记或受理。</Alert>}
        <HomeSteps id={h.id} version={h.version} canClose={has("close")} caseUnfinished={view.caseUnfinished && view.isServiceStaff} />
        <Card>
          <CardHeader title="申请信息" />
          <CardContent>
            <dl className="flex flex-col gap-3" data-testid="home-detail">
              <DetailRow label="申请人">{view.person ? `${view.person.name}（${view.person.idMasked}）` : "—"}</DetailRow>
              {h.agentName && <DetailRow label="代理人">{h.agentName}</DetailRow>}
              <DetailRow label="服务事项">{view.item ? `${view.item.name}（${view.item.code}）` : h.itemCode}</DetailRow>
              <DetailRow label="a) 需现场认证">{h.needsOnSiteAuthentication ? "是" : "否"}</DetailRow>
              <DetailRow label="b) 实际困难">{HOME_HARDSHIP_LABELS[h.hardship]}：{h.hardshipNote}</DetailRow>
              {h.eligibilityReason && <DetailRow label="条件确认">{h.eligibilityReason}</DetailRow>}
              {view.exceptionApprovedByName && <DetailRow label="例外批准人">{view.exceptionApprovedByName}</DetailRow>}
              {h.agreedAt && <DetailRow label="约定时间">{formatShanghaiDateTime(h.agreedAt)}</DetailRow>}
              {h.address && <DetailRow label="上门地点">{h.address}</DetailRow>}
              {view.staffNames.length > 0 && <DetailRow label="上门服务人员">{view.staffNames.join("、")}</DetailRow>}
              {h.servicesProvided.length > 0 && <DetailRow label="服务内容">{h.servicesProvided.map((s) => HOME_SERVICE_CONTENT_LABELS[s as HomeServiceContent] ?? s).join("、")}</DetailRow>}
              {h.result && <DetailRow label="办理结果">{HOME_RESULT_LABELS[h.result]}</DetailRow>}
              {h.resultNote && <DetailRow label="情况说明">{h.resultNote}</DetailRow>}
              {view.case && (
                <DetailRow label="办件">
                  <Link className="text-brand-700 underline" href={`/hall/cases/${view.case.id}`}>{view.case.caseNo}</Link>（{CASE_STATUS_LABELS[view.case.status]}
                  {view.case.promisedDueDate ? `，承诺办结日期 ${formatDate(view.case.promisedDueDate)}` : ""}）
                </DetailRow>
              )}
              {view.assist && <DetailRow label="代办委托"><Link className="text-brand-700 underline" href={`/hall/assist/${view.assist.id}`}>查看代办委托</Link>（{ASSIST_STATUS_LABELS[view.assist.status]}）</DetailRow>}
            </dl>
          </CardContent>
        </Card>
        <HistoryList rows={view.history} labels={HOME_STATUS_LABELS} />
      </div>
    </>
  );
}
