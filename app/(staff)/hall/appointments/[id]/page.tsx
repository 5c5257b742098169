import type { Metadata } from "next";
import { DetailRow } from "@/components/ui/detail-row";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppointmentSteps } from "@/components/hall/appointments/appointment-steps";
import { AppointmentStatusBadge, PriorityBadge } from "@/components/hall/appointments/status-badge";
import { HistoryList } from "@/components/hall/appointments/history-list";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/pagination";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { isDomainError } from "@/lib/core/errors";
import { formatShanghaiDateTime } from "@/lib/core/pdf/time";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { getAppointment } from "@/lib/hall/appointments/queries";
import { listActiveWindows, listUnitStaff } from "@/lib/hall/appointments/staff";
import { APPOINTMENT_METHOD_LABELS, APPOINTMENT_STATUS_LABELS, APPOINTMENT_TYPE_LABELS, CASE_STATUS_LABELS } from "@/lib/hall/labels";

export const metadata: Metadata = { title: "预约详情" };

export default async function AppointmentPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "hall.read")) notFound();
  const { id } = await params;
  const created = firstParam((await searchParams).created);
  const view = await getAppointment(scope, id).catch((e) => {
    if (isDomainError(e)) return null;
    throw e;
  });
  if (!view) notFound();
  const { appointment: a } = view;
  const [staff, windows] = await Promise.all([listUnitStaff(scope, a.orgUnitId), listActiveWindows(scope, a.orgUnitId)]);
  const caseHref = `/hall/cases/new?appointmentId=${a.id}&personId=${a.applicantPersonId}&itemCode=${encodeURIComponent(a.itemCode ?? "")}&channel=WINDOW`;
  const priority = a.type === "WORKDAY" && a.status === "CHECKED_IN";
  return (
    <>
      <PageHeader
        title={<span className="inline-flex flex-wrap items-center gap-3">{APPOINTMENT_TYPE_LABELS[a.type]}<AppointmentStatusBadge status={a.status} />{priority && <PriorityBadge />}</span>}
        description={`${a.date} ${a.startTime}–${a.endTime} · ${view.person?.name ?? ""}`}
        breadcrumbs={[{ label: "预约服务", href: "/hall/appointments" }, { label: "预约详情" }]}
        actions={view.can.registerCase ? <Link href={caseHref} className={buttonClass("primary")} data-testid="appointment-register-case">受理登记</Link> : undefined}
      />
      <div className="flex max-w-3xl flex-col gap-6">
        {created && a.status === "REQUESTED" && <Alert tone="success">预约已登记{a.type === "NON_WORKING_DAY" ? "，等待审核人员批准" : "，请确认预约"}。</Alert>}
        {view.rescheduledTo && <Alert tone="info">已改约至 <Link className="underline" href={`/hall/appointments/${view.rescheduledTo.id}`}>{view.rescheduledTo.date} {view.rescheduledTo.startTime}</Link>。</Alert>}
        <AppointmentSteps
          appointment={{ id: a.id, version: a.version, type: a.type, date: a.date, startTime: a.startTime, endTime: a.endTime, windowId: a.windowId, assignedStaffId: a.assignedStaffId, videoRoom: a.videoRoom }}
          steps={view.steps}
          staff={staff}
          windows={windows.filter((w) => !a.itemCode || w.isIntegrated || w.serviceItemCodes.includes(a.itemCode))}
          today={todayInShanghai()}
        />
        <Card>
          <CardHeader title="预约信息" actions={a.urgent ? <Badge tone="warning">急事急办</Badge> : undefined} />
          <CardContent>
            <dl className="flex flex-col gap-3" data-testid="appointment-detail">
              <DetailRow label="申请人">{view.person ? `${view.person.name}（${view.person.idMasked}）` : "—"}</DetailRow>
              {a.agentName && <DetailRow label="代理人">{a.agentName}</DetailRow>}
              <DetailRow label="联系电话">{a.contactPhone}</DetailRow>
              <DetailRow label="预约方式">{APPOINTMENT_METHOD_LABELS[a.method]}</DetailRow>
              <DetailRow label="预约时段">{a.date} {a.startTime}–{a.endTime}</DetailRow>
              {view.item && <DetailRow label="办理事项">{view.item.name}（{view.item.code}）</DetailRow>}
              {a.topic && <DetailRow label="咨询内容">{a.topic}</DetailRow>}
              {view.window && <DetailRow label="办理窗口">{view.window.windowNo}号 {view.window.name}</DetailRow>}
              <DetailRow label="接待人员">{view.staffName ?? "未指定"}{a.staffAcceptedAt ? `（已于 ${formatShanghaiDateTime(a.staffAcceptedAt)} 接受）` : ""}</DetailRow>
              {a.videoRoom && <DetailRow label="视频会议室">{a.videoRoom}</DetailRow>}
              {view.approvedByName && <DetailRow label="批准人">{view.approvedByName}</DetailRow>}
              {a.checkedInAt && <DetailRow label="签到时间">{formatShanghaiDateTime(a.checkedInAt)}</DetailRow>}
              {a.cancelReason && <DetailRow label="取消原因">{a.cancelReason}</DetailRow>}
              {view.case && <DetailRow label="办件"><Link className="text-brand-700 underline" href={`/hall/cases/${view.case.id}`}>{view.case.caseNo}</Link>（{CASE_STATUS_LABELS[view.case.status]}）</DetailRow>}
              {a.consultationId && <DetailRow label="咨询记录"><Link className="text-brand-700 underline" href={`/hall/consultations/${a.consultationId}`}>查看答复</Link></DetailRow>}
              {view.rescheduledFrom && <DetailRow label="改约自"><Link className="text-brand-700 underline" href={`/hall/appointments/${view.rescheduledFrom.id}`}>{view.rescheduledFrom.date} {view.rescheduledFrom.startTime}</Link></DetailRow>}
            </dl>
          </CardContent>
        </Card>
        <HistoryList rows={view.history} labels={APPOINTMENT_STATUS_LABELS} />
      </div>
    </>
  );
}
