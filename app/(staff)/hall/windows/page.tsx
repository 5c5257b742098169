import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Plus } from "lucide-react";
import { HandoverList } from "@/components/hall/windows/handover-list";
import { PresenceSwitcher } from "@/components/hall/windows/presence-switcher";
import { UnitPicker } from "@/components/hall/windows/unit-picker";
import { WindowsTable } from "@/components/hall/windows/windows-table";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/pagination";
import { isDomainError } from "@/lib/core/errors";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { getPresenceContext, listHandoversToMe } from "@/lib/hall/ab/queries";
import { listWindows } from "@/lib/hall/windows/queries";
import { listHallUnits } from "@/lib/hall/windows/unit";

export const metadata: Metadata = { title: "窗口与AB角" };

export default async function WindowsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "hall.read")) notFound();
  const unitId = firstParam((await searchParams).unit);
  const list = await listWindows(scope, unitId).catch((e) => (isDomainError(e) ? null : Promise.reject(e)));
  if (!list) notFound();
  const [units, presence, handovers] = await Promise.all([listHallUnits(scope), getPresenceContext(scope), listHandoversToMe(scope)]);
  return (
    <>
      <PageHeader
        title="窗口与AB角"
        description={`${list.unit.name}的服务窗口、AB角安排和在岗情况。A角不在岗时由B角补位；各窗口的受理事项和办事指南所有窗口人员均可查阅。`}
        actions={can(scope, "hall.windows.manage") && (
          <Link href={`/hall/windows/new?unit=${list.unit.id}`} className={buttonClass("primary")} data-testid="window-create">
            <Plus className="size-4" aria-hidden="true" />新增窗口
          </Link>
        )}
      />
      <div className="flex flex-col gap-6">
        <UnitPicker action="/hall/windows" units={units} value={list.unit.id} />
        {list.incompletePairs.length > 0 && (
          <Alert tone="warning" title="AB角未配齐" data-testid="incomplete-pairs">
            以下启用窗口没有当前有效的A角和B角：{list.incompletePairs.map((n) => `${n}号窗口`).join("、")}。每个窗口应确定一名A角和一名B角。
          </Alert>
        )}
        {list.missingProxy && (
          <Alert tone="warning" title="未设帮办代办窗口或帮办代办员" data-testid="missing-proxy">
            设有服务大厅的单位应设置帮办代办窗口，或至少明确一名帮办代办员（专职或兼职）。
          </Alert>
        )}
        <WindowsTable rows={list.rows} />
        <div className="grid gap-6 lg:grid-cols-2">
          <Card>
            <CardHeader title="我的在岗状态" description="离开窗口前请更新状态；有在办办件时须向AB角交接。" />
            <CardContent><PresenceSwitcher context={presence} /></CardContent>
          </Card>
          <Card id="handovers">
            <CardHeader title="待我确认的交接" description="AB角离岗时交接给您的在办办件" />
            <CardContent><HandoverList handovers={handovers} /></CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}
