import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CreateOrgUnitDialog } from "@/components/org/create-org-unit-dialog";
import { OrgChildrenTable, OrgUnitManageButtons, orgHref } from "@/components/org/org-children-table";
import { OrgUnitDetails } from "@/components/org/org-unit-details";
import { PageHeader } from "@/components/ui/page-header";
import { getScope } from "@/lib/core/scope";
import { findOrgPage } from "@/lib/org/queries";

export const metadata: Metadata = { title: "组织机构" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function OrgPage({ searchParams }: { searchParams: SearchParams }) {
  const scope = await getScope();
  const { unit: unitParam } = await searchParams;
  const page = await findOrgPage(scope, typeof unitParam === "string" ? unitParam : undefined);
  if (!page) notFound();
  const { unit, children, ancestors, childForm, manageUnit, manageChildren } = page;

  return (
    <>
      <PageHeader
        title="组织机构"
        breadcrumbs={ancestors.map((a) => ({ label: a.name, href: orgHref(a.id) }))}
        actions={manageChildren && childForm && <CreateOrgUnitDialog childForm={childForm} />}
      />
      <OrgUnitDetails unit={unit} actions={manageUnit && <OrgUnitManageButtons unit={unit} />} />
      {childForm && (
        <section aria-labelledby="org-children-title">
          <h2 id="org-children-title" className="mb-3 text-lg font-semibold text-slate-900">下级单位</h2>
          <OrgChildrenTable units={children} manage={manageChildren} />
        </section>
      )}
    </>
  );
}
