import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FilePlus2 } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, type SearchParamsRecord } from "@/components/ui/pagination";
import { unitSelectOptions } from "@/components/persons/unit-options";
import { ExportListButton } from "@/components/ic/exports/export-list-button";
import { ProfileFilters } from "@/components/ic/profile/profile-filters";
import { ProfileTable } from "@/components/ic/profile/profile-table";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { listProfiles } from "@/lib/ic/profile-queries";
import { listUnitOptions, unitFilterLevels } from "@/lib/org/queries";
import { firstParam } from "@/lib/core/search-params";

export const metadata: Metadata = { title: "信息采集" };

const one = firstParam;

export default async function ProfilesPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "ic.read")) notFound();
  const params = await searchParams;
  const filters = { status: one(params.status), category: one(params.category), unitId: one(params.unitId), name: one(params.name) };
  const [list, units] = await Promise.all([
    listProfiles(scope, { ...filters, page: Number(one(params.page)) || 1 }),
    listUnitOptions(scope, { levels: unitFilterLevels(scope.level) }),
  ]);
  return (
    <>
      <PageHeader
        title="信息采集"
        description="退役军人和其他优抚对象的电子档案（一人一档）。列表中的身份证号已做脱敏处理。"
        actions={
          <>
            {can(scope, "ic.exportList") && <ExportListButton list="profiles" params={filters} />}
            {can(scope, "ic.write") && (
              <Link href="/ic/new" className={buttonClass("primary")} data-testid="ic-create">
                <FilePlus2 className="size-4" aria-hidden="true" />
                新建采集
              </Link>
            )}
          </>
        }
      />
      <ProfileFilters values={filters} unitOptions={unitSelectOptions(units)} />
      <ProfileTable rows={list.rows} />
      <Pagination basePath="/ic" searchParams={filters} page={list.page} hasNext={list.hasNext} />
    </>
  );
}
