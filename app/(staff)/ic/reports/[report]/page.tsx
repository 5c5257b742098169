import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FileSpreadsheet } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ReportTabs } from "@/components/ic/reports/report-tabs";
import { ReportView } from "@/components/ic/reports/report-view";
import { CensusBasis } from "@/components/ic/reports/census-basis";
import { codeOfPath, reportExportHref, reportHref } from "@/components/ic/reports/report-links";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { runReport } from "@/lib/ic/reports/run-report";
import { isReportKey, REPORTS } from "@/lib/ic/reports/types";

export const metadata: Metadata = { title: "采集统计" };

export default async function ReportPage({ params, searchParams }: { params: Promise<{ report: string }>; searchParams: Promise<{ unit?: string; basis?: string }> }) {
  const scope = await getScope();
  if (!can(scope, "report.read")) notFound();
  const { report: key } = await params;
  if (!isReportKey(key)) notFound();
  const sp = await searchParams;
  // The drill-down unit is resolved through the session's scope; outside it the answer is 404.
  const result = await runReport(scope, key, { unit: sp.unit, basis: sp.basis });
  if (!result) notFound();
  const unit = sp.unit ? result.unit.code : undefined;
  const basis = key === "census" && result.basis === "all" ? "all" : undefined;
  return (
    <>
      <PageHeader
        title={result.report.title}
        breadcrumbs={[
          { label: "采集统计", href: "/ic/reports" },
          ...result.ancestors.map((a, i) => ({
            label: a.name,
            href: i === result.ancestors.length - 1 ? undefined : reportHref(key, { unit: codeOfPath(a.path), basis }),
          })),
        ]}
        actions={
          <a href={reportExportHref(key, { unit, basis })} className={buttonClass("secondary")} data-testid="report-export">
            <FileSpreadsheet className="size-4" aria-hidden="true" />
            导出Excel
          </a>
        }
      />
      <ReportTabs current={key} unit={unit} />
      {key === "census" && <CensusBasis unit={unit} basis={result.basis} />}
      <h2 className="sr-only">{REPORTS[key]}</h2>
      <ReportView report={result.report} reportKey={key} basis={basis} />
    </>
  );
}
