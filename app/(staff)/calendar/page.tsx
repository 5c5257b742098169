import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { BulkLoadForm } from "@/components/calendar/bulk-load-form";
import { CalendarDayForm } from "@/components/calendar/calendar-day-form";
import { MonthGrid } from "@/components/calendar/month-grid";
import { OverridesTable } from "@/components/calendar/overrides-table";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { getCalendarYear } from "@/lib/calendar/queries";
import { yearParam } from "@/lib/calendar/schemas";

export const metadata: Metadata = { title: "工作日历" };

export default async function CalendarPage({ searchParams }: { searchParams: Promise<{ year?: string | string[] }> }) {
  const scope = await getScope();
  if (!can(scope, "calendar.manage")) notFound();
  const today = todayInShanghai();
  const parsed = yearParam.safeParse((await searchParams).year);
  const year = parsed.success ? parsed.data : Number(today.slice(0, 4));
  const { overrides, grid, nextYearReminder } = await getCalendarYear(scope, year, today);
  return (
    <>
      <PageHeader
        title={`工作日历 · ${year} 年`}
        description="按国务院办公厅节假日安排通知设置放假日和调休上班日；未设置的日期按周一至周五上班计算。所有“工作日”期限均按此计算。"
        actions={
          <>
            <Link className={buttonClass("secondary", "sm")} href={`/calendar?year=${year - 1}`} data-testid="calendar-prev-year">上一年</Link>
            <Link className={buttonClass("secondary", "sm")} href={`/calendar?year=${year + 1}`} data-testid="calendar-next-year">下一年</Link>
          </>
        }
      />
      {nextYearReminder && (
        <Alert tone="warning" title={`${nextYearReminder} 年工作日历尚未导入`} className="mb-6" data-testid="calendar-next-year-warning">
          请在国务院办公厅发布通知后尽快导入 {nextYearReminder} 年的节假日和调休安排，否则明年的期限将按周一至周五计算。
          <Link href={`/calendar?year=${nextYearReminder}`} className="ml-1 underline">前往 {nextYearReminder} 年</Link>
        </Alert>
      )}
      <div className="flex flex-col gap-6">
        <OverridesTable year={year} rows={overrides} />
        <Card>
          <CardHeader title="添加或修改一天" />
          <CardContent><CalendarDayForm defaultDate={`${year}-01-01`} /></CardContent>
        </Card>
        <Card>
          <CardHeader title="批量导入" description="把通知中的安排整理成每行一天后粘贴到这里。" />
          <CardContent><BulkLoadForm /></CardContent>
        </Card>
        <section aria-labelledby="calendar-grid-title">
          <h2 id="calendar-grid-title" className="mb-3 text-base font-semibold text-slate-900">全年视图（红色为休息日，带框为已设置的日期）</h2>
          <MonthGrid year={year} months={grid} />
        </section>
      </div>
    </>
  );
}
