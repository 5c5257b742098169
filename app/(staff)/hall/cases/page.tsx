import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FilePlus2 } from "lucide-react";
import { CaseFilters } from "@/components/hall/cases/case-filters";
import { CaseLookupForm } from "@/components/hall/cases/case-lookup-form";
import { CaseTable } from "@/components/hall/cases/case-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, type SearchParamsRecord } from "@/components/ui/pagination";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { getClientSummary, listCases } from "@/lib/hall/cases/queries";

export const metadata: Metadata = { title: "办件" };

export default async function CasesPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "hall.read")) notFound();
  const params = await searchParams;
  const filters = {
    view: firstParam(params.view), status: firstParam(params.status), overdue: firstParam(params.overdue), q: firstParam(params.q),
    client: firstParam(params.client),
  };
  const [list, client] = await Promise.all([
    listCases(scope, { ...filters, overdue: filters.overdue === "1", clientPersonId: filters.client, page: Number(firstParam(params.page)) || 1 }),
    filters.client ? getClientSummary(scope, filters.client) : null,
  ]);
  return (
    <>
      <PageHeader
        title={client ? `${client.name}的办件` : "办件"}
        description={client ? `身份证号 ${client.idMasked}` : "本单位受理的办件及本单位、下级单位服务对象的办件。"}
        actions={can(scope, "hall.handle") && (
          <Link href={client ? `/hall/cases/new?personId=${client.id}` : "/hall/cases/new"} className={buttonClass("primary")} data-testid="case-create">
            <FilePlus2 className="size-4" aria-hidden="true" />
            受理登记
          </Link>
        )}
      />
      <CaseLookupForm result={firstParam(params.lookup)} />
      <CaseFilters values={filters} />
      <CaseTable rows={list.rows} />
      <Pagination basePath="/hall/cases" searchParams={filters} page={list.page} hasNext={list.hasNext} />
    </>
  );
}
