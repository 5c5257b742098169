import type { Metadata } from "next";
import { FilterForm } from "@/components/ui/filter-form";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssistTable } from "@/components/hall/assist/assist-table";
import { buttonClass } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, type SearchParamsRecord } from "@/components/ui/pagination";
import { Select } from "@/components/ui/select";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { listAssistRequests } from "@/lib/hall/assist/queries";
import { ASSIST_KIND_LABELS, ASSIST_STATUS_LABELS } from "@/lib/hall/labels";

export const metadata: Metadata = { title: "帮办代办" };

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export default async function AssistPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "hall.read")) notFound();
  const p = await searchParams;
  const filters = { kind: firstParam(p.kind), status: firstParam(p.status), mine: firstParam(p.mine) };
  const list = await listAssistRequests(scope, { ...filters, page: Number(firstParam(p.page)) || 1 });
  return (
    <>
      <PageHeader
        title="帮办代办"
        description="帮办：带领服务对象到相关窗口办理；代办：为行动不便或其他特殊服务对象代为办理，办理前后均须办理材料交接手续（§7.5）。"
        actions={can(scope, "hall.handle") ? <Link href="/hall/assist/new" className={buttonClass("primary")} data-testid="assist-create">委托登记</Link> : undefined}
      />
      <FilterForm action="/hall/assist" className="sm:grid-cols-4">
        <FormField label="类型"><Select name="kind" defaultValue={filters.kind ?? ""} placeholder="全部" options={options(ASSIST_KIND_LABELS)} /></FormField>
        <FormField label="状态"><Select name="status" defaultValue={filters.status ?? ""} placeholder="全部" options={options(ASSIST_STATUS_LABELS)} /></FormField>
        <FormField label="范围"><Select name="mine" defaultValue={filters.mine ?? ""} placeholder="全部" options={[{ value: "1", label: "我负责的" }]} /></FormField>
      </FilterForm>
      <AssistTable rows={list.rows} />
      <Pagination basePath="/hall/assist" searchParams={filters} page={list.page} hasNext={list.hasNext} />
    </>
  );
}
