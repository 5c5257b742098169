import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FilterLinks } from "@/components/hall/follow-up/filter-links";
import { FollowUpTabs } from "@/components/hall/follow-up/follow-up-tabs";
import { TrackingLedgerTable } from "@/components/hall/follow-up/tracking-ledger-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, type SearchParamsRecord } from "@/components/ui/pagination";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { listTrackingLedger } from "@/lib/hall/follow-up/tracking-queries";

export const metadata: Metadata = { title: "跟踪台账" };

export default async function TrackingLedgerPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "hall.read")) notFound();
  const params = await searchParams;
  const filter = { stale: firstParam(params.stale) === "1", mine: firstParam(params.mine) === "1" };
  const list = await listTrackingLedger(scope, { ...filter, page: Number(firstParam(params.page)) || 1 });
  const query = { stale: filter.stale ? "1" : undefined, mine: filter.mine ? "1" : undefined };
  const current = filter.stale ? "/hall/follow-up?stale=1" : filter.mine ? "/hall/follow-up?mine=1" : "/hall/follow-up";
  const exportQs = new URLSearchParams(Object.entries(query).filter(([, v]) => v) as [string, string][]).toString();
  return (
    <>
      <PageHeader
        title="跟踪回访"
        description="首办人员全程跟踪在办事项（§7.4.1）：连续 5 个工作日未更新跟踪记录的办件将被标出并提醒首办人。"
        actions={can(scope, "hall.kpi") && (
          <a href={`/api/hall/xlsx/follow-up/tracking${exportQs ? `?${exportQs}` : ""}`} className={buttonClass("secondary")} data-testid="tracking-export">导出台账</a>
        )}
      />
      <FollowUpTabs current="tracking" />
      <FilterLinks
        label="筛选在办件"
        current={current}
        options={[
          { href: "/hall/follow-up", label: "全部在办件" },
          { href: "/hall/follow-up?stale=1", label: "超5个工作日未更新" },
          { href: "/hall/follow-up?mine=1", label: "我负责的" },
        ]}
      />
      <TrackingLedgerTable rows={list.rows} />
      <Pagination basePath="/hall/follow-up" searchParams={query} page={list.page} hasNext={list.hasNext} />
    </>
  );
}
