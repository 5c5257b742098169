import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { QuickLinks } from "@/components/desk/quick-links";
import { RecentActivity } from "@/components/desk/recent-activity";
import { StatCard, StatGrid } from "@/components/desk/stat-card";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { getDeskSummary } from "@/lib/desk/queries";
import { CaseQueue } from "@/components/desk/case-queue";
import { AbStatusCard, AppointmentsTodayCard, LunchDutyCard, RemindersCard } from "@/components/desk/hall-widgets";
import { getHallDesk } from "@/lib/desk/hall-desk";
import { ORG_LEVEL_LABELS } from "@/lib/org/labels";

export const metadata: Metadata = { title: "我的工作台" };

const SUB_UNIT_LEVELS = ["DISTRICT", "TOWN", "VILLAGE"] as const;

export default async function DeskPage() {
  const scope = await getScope();
  const [desk, hall] = await Promise.all([getDeskSummary(scope), getHallDesk(scope)]);
  const admin = desk.admin;
  return (
    <>
      <PageHeader title="我的工作台" description={`${scope.orgUnitName} · ${scope.displayName}。以下数字均为本单位及下级单位范围。`} />
      {hall && (
        <div className="mb-6 grid gap-6 xl:grid-cols-3">
          <div className="flex flex-col gap-6 xl:col-span-2">
            <CaseQueue own={hall.queue.own} standIn={hall.queue.standIn} />
            <AppointmentsTodayCard rows={hall.appointments} />
          </div>
          <div className="flex flex-col gap-6">
            <RemindersCard rows={hall.reminders} />
            <AbStatusCard ab={hall.ab} />
            <LunchDutyCard duty={hall.lunch} />
          </div>
        </div>
      )}
      <StatGrid title="人员信息">
        <StatCard label="管辖范围内人员" value={desk.persons} href="/persons" testId="desk-persons" />
        <StatCard label="近 30 天新增人员" value={desk.personsLast30Days} href="/persons" testId="desk-persons-30d" />
        {desk.auditToday !== null && (
          <StatCard label="今日审计记录" value={desk.auditToday} href={`/audit?from=${desk.today}&to=${desk.today}`} testId="desk-audit-today" />
        )}
      </StatGrid>
      {admin && (
        <StatGrid title="系统管理">
          <StatCard label="在用账号" value={admin.users} href="/users" testId="desk-users" />
          <StatCard label="已锁定账号" value={admin.lockedUsers} href="/users" hint="连续登录失败被临时锁定" testId="desk-users-locked" />
          <StatCard label="待修改初始密码" value={admin.mustChangePassword} href="/users" testId="desk-users-must-change" />
          {SUB_UNIT_LEVELS.filter((l) => admin.subUnits[l] !== undefined).map((l) => (
            <StatCard key={l} label={`下级${ORG_LEVEL_LABELS[l]}单位`} value={admin.subUnits[l] ?? 0} href="/org" testId={`desk-units-${l.toLowerCase()}`} />
          ))}
        </StatGrid>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <QuickLinks canCreatePerson={can(scope, "person.write")} />
        <RecentActivity events={desk.myActivity} />
      </div>
    </>
  );
}
