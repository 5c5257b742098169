import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EvaluationFilters } from "@/components/evaluation/evaluation-filters";
import { EvaluationTable } from "@/components/evaluation/evaluation-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, type SearchParamsRecord } from "@/components/ui/pagination";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { evaluationFilterOptions, listEvaluations } from "@/lib/evaluation/queries";

export const metadata: Metadata = { title: "服务评价" };

export default async function EvaluationsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "eval.read")) notFound();
  const p = await searchParams;
  const filters = {
    from: firstParam(p.from), to: firstParam(p.to), channel: firstParam(p.channel), overall: firstParam(p.overall),
    windowId: firstParam(p.windowId), staffUserId: firstParam(p.staffUserId), unitId: firstParam(p.unitId),
  };
  const [list, options] = await Promise.all([
    listEvaluations(scope, { ...filters, page: Number(firstParam(p.page)) || 1 }),
    evaluationFilterOptions(scope),
  ]);
  return (
    <>
      <PageHeader
        title="服务评价"
        description="服务对象通过二维码、窗口评价器、书面评价表等方式作出的评价（§9.1）。评价只能追加、不能修改或删除；被评价人员看不到差评评价人的信息。"
        actions={
          <>
            {can(scope, "eval.enter") && <Link href="/evaluation/new" className={buttonClass("primary")} data-testid="evaluation-enter">录入评价</Link>}
            <Link href="/evaluation/bad-reviews" className={buttonClass("secondary")}>差评整改</Link>
          </>
        }
      />
      <EvaluationFilters values={filters} windows={options.windows} staff={options.staff} />
      <EvaluationTable rows={list.rows} />
      <Pagination basePath="/evaluation" searchParams={filters} page={list.page} hasNext={list.hasNext} />
    </>
  );
}
