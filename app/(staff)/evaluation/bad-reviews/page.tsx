import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BadReviewFilters } from "@/components/evaluation/bad-review-filters";
import { BadReviewTable } from "@/components/evaluation/bad-review-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, type SearchParamsRecord } from "@/components/ui/pagination";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { listBadReviews } from "@/lib/evaluation/bad-review-queries";
import { unitFilterOptions } from "@/lib/evaluation/queries";

export const metadata: Metadata = { title: "差评整改" };

export default async function BadReviewsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "eval.read")) notFound();
  const p = await searchParams;
  const filters = { status: firstParam(p.status), overdue: firstParam(p.overdue), unitId: firstParam(p.unitId), source: firstParam(p.source) };
  const [list, units] = await Promise.all([listBadReviews(scope, { ...filters, page: Number(firstParam(p.page)) || 1 }), unitFilterOptions(scope)]);
  return (
    <>
      <PageHeader
        title="差评整改"
        description="差评发现—问题核实—反馈整改—问题回访—改进提升闭环（§9.2.1）。差评、投诉和回访不满意自动进入闭环，各环节按期限办理。"
        actions={can(scope, "eval.loop") ? <Link href="/evaluation/bad-reviews/new" className={buttonClass("primary")} data-testid="complaint-new">登记投诉</Link> : undefined}
      />
      <BadReviewFilters values={filters} units={units} />
      <BadReviewTable rows={list.rows} />
      <Pagination basePath="/evaluation/bad-reviews" searchParams={filters} page={list.page} hasNext={list.hasNext} />
    </>
  );
}
