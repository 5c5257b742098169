import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FilterLinks } from "@/components/hall/follow-up/filter-links";
import { FollowUpTabs } from "@/components/hall/follow-up/follow-up-tabs";
import { SupervisionTable } from "@/components/hall/follow-up/supervision-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, type SearchParamsRecord } from "@/components/ui/pagination";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { listSupervisionTasks } from "@/lib/hall/follow-up/supervision-queries";
import { SUPERVISION_STATUS_LABELS } from "@/lib/hall/labels";

export const metadata: Metadata = { title: "督导落实" };

const STATUSES = ["OPEN", "IN_PROGRESS", "RESOLVED", "VERIFIED"] as const;

export default async function SupervisionPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "hall.read")) notFound();
  const params = await searchParams;
  const status = STATUSES.find((s) => s === firstParam(params.status));
  const list = await listSupervisionTasks(scope, { status, page: Number(firstParam(params.page)) || 1 });
  const base = "/hall/follow-up/supervision";
  return (
    <>
      <PageHeader
        title="跟踪回访"
        description="对办理效果不理想、政策落实不到位的事项做好督导落实（§7.4.2）：被督导单位整改，由未参与整改的审核人员核验。"
        actions={can(scope, "hall.kpi") && <a href={`/api/hall/xlsx/follow-up/supervision${status ? `?status=${status}` : ""}`} className={buttonClass("secondary")} data-testid="supervision-export">导出台账</a>}
      />
      <FollowUpTabs current="supervision" />
      <FilterLinks
        label="按状态筛选"
        current={status ? `${base}?status=${status}` : base}
        options={[{ href: base, label: "全部" }, ...STATUSES.map((s) => ({ href: `${base}?status=${s}`, label: SUPERVISION_STATUS_LABELS[s] }))]}
      />
      <SupervisionTable rows={list.rows} />
      <Pagination basePath={base} searchParams={{ status }} page={list.page} hasNext={list.hasNext} />
    </>
  );
}
