import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FilePlus2 } from "lucide-react";
import { CatalogueFilters } from "@/components/hall/catalogue/catalogue-filters";
import { CatalogueTable } from "@/components/hall/catalogue/catalogue-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, type SearchParamsRecord } from "@/components/ui/pagination";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { listServiceItems } from "@/lib/hall/catalogue/queries";

export const metadata: Metadata = { title: "服务事项" };

export default async function CataloguePage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "catalogue.read")) notFound();
  const params = await searchParams;
  const filters = { module: firstParam(params.module), status: firstParam(params.status), q: firstParam(params.q) };
  const list = await listServiceItems(scope, { ...filters, page: Number(firstParam(params.page)) || 1 });
  return (
    <>
      <PageHeader
        title="服务事项"
        description="全市统一的服务事项目录及办事指南（公开承诺制）。已公开的版本不可修改，修改将生成新版本草稿。"
        actions={
          <>
            <Link href="/guide" className={buttonClass("secondary")} target="_blank">查看公开办事指南</Link>
            {can(scope, "catalogue.edit") && (
              <Link href="/catalogue/new" className={buttonClass("primary")} data-testid="catalogue-create">
                <FilePlus2 className="size-4" aria-hidden="true" />
                新增事项
              </Link>
            )}
          </>
        }
      />
      <CatalogueFilters values={filters} />
      <CatalogueTable rows={list.rows} />
      <Pagination basePath="/catalogue" searchParams={filters} page={list.page} hasNext={list.hasNext} />
    </>
  );
}
