import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { UserPlus } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, type SearchParamsRecord } from "@/components/ui/pagination";
import { ExportListButton } from "@/components/ic/exports/export-list-button";
import { IdLookupMiss, PersonSearchBar } from "@/components/persons/person-search-bar";
import { PersonTable } from "@/components/persons/person-table";
import { unitSelectOptions } from "@/components/persons/unit-options";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { listUnitOptions, unitFilterLevels } from "@/lib/org/queries";
import { listPersons } from "@/lib/persons/queries";
import { firstParam } from "@/lib/core/search-params";

export const metadata: Metadata = { title: "人员信息" };

const one = firstParam;

export default async function PersonsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "person.read")) notFound();
  const params = await searchParams;
  const lookup = one(params.lookup);
  const unitId = one(params.unitId);
  const name = one(params.name);

  const [list, units] = await Promise.all([
    listPersons(scope, { unitId, name, page: Number(one(params.page)) || 1 }),
    listUnitOptions(scope, { levels: unitFilterLevels(scope.level) }),
  ]);
  return (
    <>
      <PageHeader
        title="人员信息"
        description="本单位及下级单位登记的人员。列表中的身份证号和电话已做脱敏处理。"
        actions={
          <>
            {can(scope, "ic.exportList") && <ExportListButton list="persons" params={{ unitId, name }} />}
            {can(scope, "person.write") && (
              <Link href="/persons/new" className={buttonClass("primary")} data-testid="person-create">
                <UserPlus className="size-4" aria-hidden="true" />
                新增人员
              </Link>
            )}
          </>
        }
      />
      <PersonSearchBar unitId={unitId} name={name} unitOptions={unitSelectOptions(units)} />
      {lookup === "miss" && <IdLookupMiss message="未找到该身份证号（或不在您的管辖范围内）" />}
      {lookup === "invalid" && <IdLookupMiss message="身份证号格式或校验位错误，请核对后重新查询" />}
      <PersonTable rows={list.rows} />
      <Pagination basePath="/persons" searchParams={{ unitId, name }} page={list.page} hasNext={list.hasNext} />
    </>
  );
}

