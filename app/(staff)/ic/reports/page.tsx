import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { reportHref } from "@/components/ic/reports/report-links";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { REPORTS, type ReportKey } from "@/lib/ic/reports/types";

export const metadata: Metadata = { title: "采集统计" };

const DESCRIPTIONS: Record<ReportKey, string> = {
  pipeline: "各审核环节的件数、在途天数和逾期件数",
  returns: "退回率、退回最多的问题项和采集人",
  stale: "超过12个月未核实的有效档案（IC-20）",
  census: "按单位、人员类别、性别和年龄段统计人数",
  coverage: "应采对象、各状态档案数和覆盖率（IC-10）",
  "export-log": "向省中心上报的批次、退回和回执",
};

export default async function ReportsPage({ searchParams }: { searchParams: Promise<{ unit?: string }> }) {
  const scope = await getScope();
  if (!can(scope, "report.read")) notFound();
  const { unit } = await searchParams;
  return (
    <>
      <PageHeader title="采集统计" description="本单位及下级单位的信息采集报表，可逐级下钻，均可导出Excel。" breadcrumbs={[{ label: "信息采集", href: "/ic" }, { label: "采集统计" }]} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {(Object.keys(REPORTS) as ReportKey[]).map((key) => (
          <Card key={key}>
            <CardHeader title={<Link href={reportHref(key, { unit })} className="text-brand-700 hover:underline" data-testid={`report-link-${key}`}>{REPORTS[key]}</Link>} />
            <CardContent className="text-sm text-slate-600">{DESCRIPTIONS[key]}</CardContent>
          </Card>
        ))}
      </div>
    </>
  );
}
