import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FilterLinks } from "@/components/hall/follow-up/filter-links";
import { FollowUpTabs } from "@/components/hall/follow-up/follow-up-tabs";
import { VisitsTable } from "@/components/hall/follow-up/visits-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, type SearchParamsRecord } from "@/components/ui/pagination";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { listReturnVisits } from "@/lib/hall/follow-up/return-visit-queries";

export const metadata: Metadata = { title: "回访台账" };

const FILTERS = [
  { key: "PENDING", label: "待回访" },
  { key: "overdue", label: "已超期" },
  { key: "DONE", label: "已回访" },
  { key: "all", label: "全部" },
] as const;

export default async function VisitsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "hall.read")) notFound();
  const params = await searchParams;
  const show = FILTERS.find((f) => f.key === firstParam(params.show))?.key ?? "PENDING";
  const filter = show === "overdue" ? { overdue: true } : show === "all" ? {} : { status: show };
  const list = await listReturnVisits(scope, { ...filter, page: Number(firstParam(params.page)) || 1 });
  const exportQs = show === "overdue" ? "?overdue=1" : show === "all" ? "" : `?status=${show}`;
  return (
    <>
      <PageHeader
        title="跟踪回访"
        description="对已办结事项进行效果评估，重点回访就业安置、创业扶持和困难帮扶领域的政策落实情况（§7.4.2）。"
        actions={can(scope, "hall.kpi") && <a href={`/api/hall/xlsx/follow-up/visits${exportQs}`} className={buttonClass("secondary")} data-testid="visits-export">导出台账</a>}
      />
      <FollowUpTabs current="visits" />
      <FilterLinks label="筛选回访" current={`/hall/follow-up/visits?show=${show}`} options={FILTERS.map((f) => ({ href: `/hall/follow-up/visits?show=${f.key}`, label: f.label }))} />
      <VisitsTable rows={list.rows} />
      <Pagination basePath="/hall/follow-up/visits" searchParams={{ show }} page={list.page} hasNext={list.hasNext} />
    </>
  );
}
