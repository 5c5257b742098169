import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Download } from "lucide-react";
import { PeriodForm } from "@/components/evaluation/period-form";
import { RankingsTable } from "@/components/evaluation/rankings-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/pagination";
import { isDomainError } from "@/lib/core/errors";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { getRankings } from "@/lib/evaluation/rankings";
import { formatRate } from "@/lib/evaluation/rating-rules";

export const metadata: Metadata = { title: "评价排名" };

export default async function RankingsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "eval.report")) notFound();
  const p = await searchParams;
  const params = { from: firstParam(p.from), to: firstParam(p.to), unit: firstParam(p.unit) };
  const r = await getRankings(scope, params).catch((e) => {
    if (isDomainError(e)) return null;
    throw e;
  });
  if (!r) notFound();
  const qs = (extra: Record<string, string>) => new URLSearchParams({ from: r.range.from, to: r.range.to, ...extra }).toString();
  return (
    <>
      <PageHeader
        title={r.unit ? `评价排名 · ${r.unit.name}` : "评价排名"}
        description={`${r.range.from} 至 ${r.range.to}：共 ${r.total.count} 条评价，满意率 ${formatRate(r.total.satisfactionRate)}，差评率 ${formatRate(r.total.badReviewRate)}。满意率 =（非常满意 + 满意 + 基本满意）÷ 评价数。`}
        breadcrumbs={r.unit ? [{ label: "评价排名", href: `/evaluation/rankings?${qs({})}` }, { label: r.unit.name }] : undefined}
        actions={
          <a href={`/api/evaluation/rankings?${qs(r.unit ? { unit: r.unit.id } : {})}`} className={buttonClass("secondary")} data-testid="rankings-export">
            <Download className="size-4" aria-hidden />导出Excel
          </a>
        }
      />
      <PeriodForm action="/evaluation/rankings" from={r.range.from} to={r.range.to} unit={r.unit?.id} />
      {r.unit ? (
        <div className="flex flex-col gap-6">
          <section className="flex flex-col gap-2">
            <h2 className="text-lg font-semibold">窗口排名</h2>
            <RankingsTable rows={r.windows} caption="窗口排名" first="窗口" testId="rankings-windows" />
          </section>
          <section className="flex flex-col gap-2">
            <h2 className="text-lg font-semibold">工作人员排名</h2>
            <RankingsTable rows={r.staff} caption="工作人员排名" first="工作人员" testId="rankings-staff" />
          </section>
          <p className="text-sm"><Link className="text-brand-700 underline" href={`/evaluation?unitId=${r.unit.id}&from=${r.range.from}&to=${r.range.to}`}>查看该单位的评价明细</Link></p>
        </div>
      ) : (
        <RankingsTable rows={r.units} caption="单位排名" first="单位" testId="rankings-units" drill={(key) => `/evaluation/rankings?${qs({ unit: key })}`} />
      )}
    </>
  );
}
