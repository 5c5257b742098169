import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { UserPlus } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, type SearchParamsRecord } from "@/components/ui/pagination";
import { IdLookupMiss, PersonSearchBar } from "@/components/persons/person-search-bar";
import { PersonTable } from "@/components/persons/person-table";
import { unitSelectOptions } from "@/components/persons/unit-options";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { validateIdNumber } from "@/lib/core/validators/id-number";
import { listUnitOptions } from "@/lib/org/queries";
import { findPersonIdByIdNumber, listPersons } from "@/lib/persons/queries";

export const metadata: Metadata = { title: "人员信息" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export default async function PersonsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "person.read")) notFound();
  const params = await searchParams;
  const idNumber = one(params.id);
  const unitId = one(params.unitId);
  const name = one(params.name);

  let idError: string | undefined;
  let idMiss = false;
  if (idNumber) {
    const checked = validateIdNumber(idNumber);
    if (!checked.ok) idError = checked.error;
    else {
      const personId = await findPersonIdByIdNumber(scope, checked.value);
      if (personId) redirect(`/persons/${personId}`);
      idMiss = true;
    }
  }

  const [list, units] = await Promise.all([
    listPersons(scope, { unitId, name, page: Number(one(params.page)) || 1 }),
    listUnitOptions(scope, { levels: ["DISTRICT", "TOWN", "VILLAGE"] }),
  ]);
  return (
    <>
      <PageHeader
        title="人员信息"
        description="本单位及下级单位登记的人员。列表中的身份证号和电话已做脱敏处理。"
        actions={
          can(scope, "person.write") && (
            <Link href="/persons/new" className={buttonClass("primary")} data-testid="person-create">
              <UserPlus className="size-4" aria-hidden="true" />
              新增人员
            </Link>
          )
        }
      />
      <PersonSearchBar idNumber={idNumber} idError={idError} unitId={unitId} name={name} unitOptions={unitSelectOptions(units)} />
      {idMiss && <IdLookupMiss message="未找到该身份证号（或不在您的管辖范围内）" />}
      <PersonTable rows={list.rows} />
      <Pagination basePath="/persons" searchParams={{ unitId, name }} page={list.page} hasNext={list.hasNext} />
    </>
  );
}
