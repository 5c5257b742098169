import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExtendedList } from "@/components/hall/duty/extended-list";
import { NotReadyTable } from "@/components/hall/duty/not-ready-table";
import { RosterControls } from "@/components/hall/duty/roster-controls";
import { RosterWeek } from "@/components/hall/duty/roster-week";
import { UnitPicker } from "@/components/hall/windows/unit-picker";
import { PrintButton } from "@/components/forms/print-button";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/pagination";
import { addDays, todayInShanghai } from "@/lib/core/calendar-math";
import { isDomainError } from "@/lib/core/errors";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { listExtendedCandidates, listNotReadyReasons } from "@/lib/hall/duty/extended-queries";
import { getWeekRoster } from "@/lib/hall/duty/roster-queries";
import { rosterPrintId } from "@/lib/hall/duty/week";
import { listHallUnits } from "@/lib/hall/windows/unit";

export const metadata: Metadata = { title: "延时与午间服务" };

export default async function DutyPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "hall.read")) notFound();
  const params = await searchParams;
  const unitId = firstParam(params.unit);
  const roster = await getWeekRoster(scope, { orgUnitId: unitId, weekStart: firstParam(params.week) }).catch((e) => (isDomainError(e) ? null : Promise.reject(e)));
  if (!roster) notFound();
  const [units, extended, notReady] = await Promise.all([
    listHallUnits(scope),
    can(scope, "hall.handle") ? listExtendedCandidates(scope) : Promise.resolve(null),
    can(scope, "hall.review") ? listNotReadyReasons(scope) : Promise.resolve(null),
  ]);
  const today = todayInShanghai();
  const weekHref = (week: string) => `/hall/duty?week=${week}${unitId ? `&unit=${unitId}` : ""}`;
  return (
    <>
      <PageHeader title="延时与午间服务" description="日清服务：已到下班时间尚未办好、具备办理条件的事项应延时办理直至完成。午间服务：工作日 12:00 至 13:30 窗口轮流值班。" />
      <div className="flex flex-col gap-6">
        {extended && (
          <Card>
            <CardHeader title="今日延时服务" description="首办人在下班前对未办结的办件作出“延时办理”或“不具备条件”的决定" />
            <CardContent><ExtendedList view={extended} me={scope.userId} /></CardContent>
          </Card>
        )}
        {notReady && (
          <Card>
            <CardHeader title="今日“不具备条件”的办件" description="本单位及下级单位经办人说明的原因" />
            <CardContent><NotReadyTable rows={notReady} /></CardContent>
          </Card>
        )}
        <Card>
          <CardHeader
            title={`午间值班表 · ${roster.unit.name}`}
            description={`${roster.weekStart} 至 ${addDays(roster.weekStart, 6)}，工作日 12:00—13:30`}
            actions={
              <>
                <Link className={buttonClass("secondary", "sm")} href={weekHref(addDays(roster.weekStart, -7))} data-testid="roster-prev">上一周</Link>
                <Link className={buttonClass("secondary", "sm")} href={weekHref(addDays(roster.weekStart, 7))} data-testid="roster-next">下一周</Link>
                {roster.anyPublished && <PrintButton action={`/api/hall/print/roster/${rosterPrintId(roster.unit.id, roster.weekStart)}`} label="打印值班表" testId="roster-print" />}
              </>
            }
          />
          <CardContent className="flex flex-col gap-4">
            <UnitPicker action="/hall/duty" units={units} value={roster.unit.id} extra={{ week: roster.weekStart }} />
            {!roster.unit.lunchDutyRequired ? (
              <Alert tone="info">本单位未设置午间值班（设有服务大厅的单位实行午间值班）。</Alert>
            ) : (
              <>
                {!roster.complete && <Alert tone="warning" data-testid="roster-incomplete">本周还有工作日未安排午间值班。下周值班表应在本周最后一个工作日 15:00 前发布。</Alert>}
                {roster.canManage && (
                  <RosterControls
                    key={roster.weekStart + roster.unit.id}
                    orgUnitId={roster.unit.id}
                    weekStart={roster.weekStart}
                    canGenerate={!roster.anyPublished && roster.days.some((d) => d.working && !d.past)}
                    canPublish={!roster.published && roster.complete && roster.days.some((d) => d.roster && !d.roster.publishedAt)}
                  />
                )}
                <RosterWeek view={roster} me={scope.userId} isReviewer={scope.role === "REVIEWER"} today={today} />
              </>
            )}
          </CardContent>
        </Card>
      </div>
    </>
  );
}
