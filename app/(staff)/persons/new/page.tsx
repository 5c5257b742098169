import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { PersonCreateForm } from "@/components/persons/person-create-form";
import { unitSelectOptions } from "@/components/persons/unit-options";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { listUnitOptions } from "@/lib/org/queries";

export const metadata: Metadata = { title: "新增人员" };

export default async function NewPersonPage() {
  const scope = await getScope();
  if (!can(scope, "person.write")) notFound();
  const units = await listUnitOptions(scope, { levels: ["TOWN", "VILLAGE"] });
  return (
    <>
      <PageHeader
        title="新增人员"
        description="先输入身份证号：如该人员已登记，将直接打开其档案。性别和出生日期由身份证号自动带出。"
        breadcrumbs={[{ label: "人员信息", href: "/persons" }, { label: "新增人员" }]}
      />
      <PersonCreateForm unitOptions={unitSelectOptions(units)} />
    </>
  );
}
