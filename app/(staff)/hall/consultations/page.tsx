import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConsultationFilters } from "@/components/hall/consultations/consultation-filters";
import { ConsultationTable } from "@/components/hall/consultations/consultation-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, type SearchParamsRecord } from "@/components/ui/pagination";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { listConsultations } from "@/lib/hall/consultations/queries";

export const metadata: Metadata = { title: "咨询登记" };

export default async function ConsultationsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "hall.read")) notFound();
  const params = await searchParams;
  const filters = { topic: firstParam(params.topic), onSpot: firstParam(params.onSpot), followUp: firstParam(params.followUp) };
  const list = await listConsultations(scope, { ...filters, page: Number(firstParam(params.page)) || 1 });
  return (
    <>
      <PageHeader
        title="咨询登记"
        description="对法律、法规、政策、办事程序等咨询应当场解答；暂时无法解答的，应说明理由并在答复期限内答复（§7.9.3）。"
        actions={can(scope, "hall.handle") ? <Link href="/hall/consultations/new" className={buttonClass("primary")} data-testid="consultation-create">登记咨询</Link> : undefined}
      />
      <ConsultationFilters values={filters} />
      <ConsultationTable rows={list.rows} today={list.today} />
      <Pagination basePath="/hall/consultations" searchParams={filters} page={list.page} hasNext={list.hasNext} />
    </>
  );
}
