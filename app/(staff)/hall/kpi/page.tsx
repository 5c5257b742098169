import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { KpiFilters } from "@/components/hall/kpi/kpi-filters";
import { KpiTable } from "@/components/hall/kpi/kpi-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/pagination";
import { isDomainError } from "@/lib/core/errors";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { getKpiReport } from "@/lib/hall/kpi/report";

export const metadata: Metadata = { title: "服务统计" };

const codeOf = (path: string) => path.split("/").filter(Boolean).pop()!;

export default async function KpiPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "hall.kpi")) notFound();
  const sp = await searchParams;
  const params = { unit: firstParam(sp.unit), by: firstParam(sp.by), from: firstParam(sp.from), to: firstParam(sp.to) };
  const report = await getKpiReport(scope, params).catch((e) => {
    if (isDomainError(e)) return null;
    throw e;
  });
  if (!report) notFound();
  const query = (unit: string, by = report.by) => new URLSearchParams({ unit, by, from: report.period.from, to: report.period.to }).toString();
  return (
    <>
      <PageHeader
        title="服务统计"
        description={`${report.unit.name} · ${report.period.from} 至 ${report.period.to}。限时办结率按期内办结件计，一次性告知率按期内受理件计；悬停比率可见分子/分母。`}
        breadcrumbs={report.ancestors.map((a) => ({ label: a.name, href: `/hall/kpi?${query(codeOf(a.path), "unit")}` }))}
        actions={<Link className={buttonClass("secondary")} href={`/api/hall/xlsx/kpi?${query(report.unit.code)}`} data-testid="kpi-export">导出Excel</Link>}
      />
      <KpiFilters unit={report.unit.code} by={report.by} from={report.period.from} to={report.period.to} />
      <KpiTable report={report} drillHref={(code) => `/hall/kpi?${query(code, "unit")}`} />
    </>
  );
}
