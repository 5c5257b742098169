import type { Metadata } from "next";
import { FilterForm } from "@/components/ui/filter-form";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HomeTable } from "@/components/hall/home/home-table";
import { buttonClass } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, type SearchParamsRecord } from "@/components/ui/pagination";
import { Select } from "@/components/ui/select";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { listHomeRequests } from "@/lib/hall/home/queries";
import { HOME_STATUS_LABELS } from "@/lib/hall/labels";

export const metadata: Metadata = { title: "上门服务" };

export default async function HomeServicePage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "hall.read")) notFound();
  const p = await searchParams;
  const filters = { status: firstParam(p.status), mine: firstParam(p.mine) };
  const list = await listHomeRequests(scope, { ...filters, page: Number(firstParam(p.page)) || 1 });
  return (
    <>
      <PageHeader
        title="上门服务"
        description="为办理事项需要现场认证、且本人存在重病、伤残等实际困难的服务对象提供上门服务（§7.3）。"
        actions={can(scope, "hall.handle") ? <Link href="/hall/home/new" className={buttonClass("primary")} data-testid="home-create">登记申请</Link> : undefined}
      />
      <FilterForm action="/hall/home" className="sm:grid-cols-3">
        <FormField label="状态">
          <Select name="status" defaultValue={filters.status ?? ""} placeholder="全部" options={Object.entries(HOME_STATUS_LABELS).map(([value, label]) => ({ value, label }))} />
        </FormField>
        <FormField label="范围">
          <Select name="mine" defaultValue={filters.mine ?? ""} placeholder="全部" options={[{ value: "1", label: "我参与上门的" }]} />
        </FormField>
      </FilterForm>
      <HomeTable rows={list.rows} />
      <Pagination basePath="/hall/home" searchParams={filters} page={list.page} hasNext={list.hasNext} />
    </>
  );
}
