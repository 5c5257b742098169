import Link from "next/link";
import { AppointmentTable } from "@/components/hall/appointments/appointment-table";
import { SupervisionTable } from "@/components/hall/follow-up/supervision-table";
import { VisitsTable } from "@/components/hall/follow-up/visits-table";
import { PendingLeaveList } from "@/components/hall/leave/pending-leave-list";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import type { ReviewDesk } from "@/lib/hall/review/desk";

const more = (href: string) => <Link href={href} className="text-sm text-brand-700 underline">全部</Link>;

/** The non-case queues of the review desk; each row opens the record where the decision is taken. */
export function ReviewWidgets({ d }: { d: ReviewDesk }) {
  return (
    <div className="mt-6 grid gap-4 lg:grid-cols-2">
      <Card data-testid="review-bad-reviews">
        <CardHeader title="差评整改闭环" description={`${d.badReviews.length} 件未闭环`} actions={more("/evaluation/bad-reviews")} />
        <CardContent>
          {d.badReviews.length === 0 ? <p className="text-sm text-slate-600">暂无</p> : (
            <ul className="flex flex-col gap-2 text-sm">
              {d.badReviews.map((b) => (
                <li key={b.id}>
                  <Link href={b.href} className="text-brand-700 underline">{b.unitName} · {b.sourceLabel}</Link> {b.statusLabel}
                  {b.stepDueDate && ` · 本环节期限 ${b.stepDueDate}`} {b.overdue && <Badge tone="danger">超期</Badge>}
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
      <Card data-testid="review-leave">
        <CardHeader title="请假审批" description={`${d.leave.rows.length} 件待审批`} actions={more("/hall/leave")} />
        <CardContent><PendingLeaveList rows={d.leave.rows} isWindowLead={d.leave.isWindowLead} substitutes={d.leave.substitutes} /></CardContent>
      </Card>
      <Card data-testid="review-appointments" className="lg:col-span-2">
        <CardHeader title="非工作日预约待审批" description={`${d.appointments.length} 个`} actions={more("/hall/appointments/list")} />
        <CardContent><AppointmentTable rows={d.appointments} empty="暂无" testId="review-appointment-table" /></CardContent>
      </Card>
      <Card data-testid="review-supervision">
        <CardHeader title="督导任务" description={`${d.supervision.length} 件待督导`} actions={more("/hall/follow-up/supervision")} />
        <CardContent><SupervisionTable rows={d.supervision} /></CardContent>
      </Card>
      <Card data-testid="review-visits">
        <CardHeader title="超期未回访" description={`${d.visits.length} 件`} actions={more("/hall/follow-up/visits")} />
        <CardContent><VisitsTable rows={d.visits} /></CardContent>
      </Card>
    </div>
  );
}
