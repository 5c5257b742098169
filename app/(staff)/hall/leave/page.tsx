import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LeaveRequestForm } from "@/components/hall/leave/leave-request-form";
import { MyLeaveTable } from "@/components/hall/leave/my-leave-table";
import { OverridesTable } from "@/components/hall/leave/overrides-table";
import { PendingLeaveList } from "@/components/hall/leave/pending-leave-list";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/pagination";
import { addDays, todayInShanghai } from "@/lib/core/calendar-math";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { listLeaveOverrides, listMyLeave } from "@/lib/hall/leave/queries";
import { getPendingLeaveDecisions } from "@/lib/hall/leave/review";

export const metadata: Metadata = { title: "请销假" };

export default async function LeavePage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "hall.presence.self")) notFound();
  const includeSubUnits = firstParam((await searchParams).sub) === "1";
  const reviewer = can(scope, "hall.review");
  const [mine, pending, overrides] = await Promise.all([
    listMyLeave(scope),
    getPendingLeaveDecisions(scope, { includeSubUnits }),
    reviewer ? listLeaveOverrides(scope, { sinceDays: 90 }) : Promise.resolve([]),
  ]);
  const tomorrow = addDays(todayInShanghai(), 1);
  return (
    <>
      <PageHeader title="请销假" description="严格执行请销假制度：请假须事先申请并经审批（病假可在开始后2个工作日内补办），返岗后及时销假。互为AB角的人员原则上不能同期休假。" />
      <div className="flex flex-col gap-6">
        {reviewer && (
          <Card>
            <CardHeader
              title={`待审批的请假（${pending.rows.length}）`}
              description="审批人不能审批本人的请假；与AB角休假冲突的申请以红框标出。"
              actions={<Link className="text-sm text-brand-700 underline" href={includeSubUnits ? "/hall/leave" : "/hall/leave?sub=1"}>{includeSubUnits ? "只看本单位" : "含下级单位"}</Link>}
            />
            <CardContent><PendingLeaveList rows={pending.rows} isWindowLead={pending.isWindowLead} substitutes={pending.substitutes} /></CardContent>
          </Card>
        )}
        <Card>
          <CardHeader title="请假申请" />
          <CardContent><LeaveRequestForm defaultStart={`${tomorrow}T08:30`} defaultEnd={`${tomorrow}T17:00`} /></CardContent>
        </Card>
        <Card>
          <CardHeader title="我的请假" />
          <CardContent><MyLeaveTable rows={mine} /></CardContent>
        </Card>
        {reviewer && (
          <Card>
            <CardHeader title="AB角同期休假特批记录" description="近90天，窗口负责人特批并指定补位人员的同期休假" />
            <CardContent><OverridesTable rows={overrides} /></CardContent>
          </Card>
        )}
      </div>
    </>
  );
}
