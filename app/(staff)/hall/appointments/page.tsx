import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppointmentTable } from "@/components/hall/appointments/appointment-table";
import { ScheduleView } from "@/components/hall/appointments/schedule-view";
import { buttonClass } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/pagination";
import { addDays, isValidDateString, todayInShanghai } from "@/lib/core/calendar-math";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { getPendingAppointmentApprovals, getPendingDutyAcceptances } from "@/lib/hall/appointments/desk";
import { getDaySchedule } from "@/lib/hall/appointments/queries";

export const metadata: Metadata = { title: "预约服务" };

export default async function AppointmentsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "hall.read")) notFound();
  const today = todayInShanghai();
  const asked = firstParam((await searchParams).date);
  const date = asked && isValidDateString(asked) ? asked : today;
  const [schedule, approvals, duties] = await Promise.all([
    getDaySchedule(scope, date),
    can(scope, "hall.review") ? getPendingAppointmentApprovals(scope) : Promise.resolve([]),
    getPendingDutyAcceptances(scope),
  ]);
  return (
    <>
      <PageHeader
        title={`预约日程 ${date}${date === today ? "（今天）" : ""}`}
        description="工作日预约、非工作日预约和远程视频咨询预约（§7.2）。已签到的工作日预约优先办理。"
        actions={
          <>
            <Link href="/hall/appointments/list" className={buttonClass("secondary")}>预约列表</Link>
            {can(scope, "hall.handle") && <Link href="/hall/appointments/new" className={buttonClass("primary")} data-testid="appointment-create">登记预约</Link>}
          </>
        }
      />
      <nav aria-label="日期" className="mb-4 flex flex-wrap gap-2">
        <Link className={buttonClass("secondary", "sm")} href={`/hall/appointments?date=${addDays(date, -1)}`}>前一天</Link>
        <Link className={buttonClass("secondary", "sm")} href="/hall/appointments">今天</Link>
        <Link className={buttonClass("secondary", "sm")} href={`/hall/appointments?date=${addDays(date, 1)}`}>后一天</Link>
        <form method="get" action="/hall/appointments" className="flex gap-2">
          <input type="date" name="date" defaultValue={date} aria-label="选择日期" className="rounded-md border border-slate-300 px-2" />
          <button type="submit" className={buttonClass("secondary", "sm")}>查看</button>
        </form>
      </nav>
      <div className="flex flex-col gap-6">
        {approvals.length > 0 && (
          <Card>
            <CardHeader title="待批准的非工作日预约" description="批准时指定接待人员；本人登记的申请须由其他审核人员批准。" />
            <CardContent><AppointmentTable rows={approvals} testId="appointment-approvals" /></CardContent>
          </Card>
        )}
        {duties.length > 0 && (
          <Card>
            <CardHeader title="待我接受的非工作日接待安排" />
            <CardContent><AppointmentTable rows={duties} testId="appointment-duties" /></CardContent>
          </Card>
        )}
        <ScheduleView windows={schedule.windows} other={schedule.other} />
      </div>
    </>
  );
}
