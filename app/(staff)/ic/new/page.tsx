import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { unitSelectOptions } from "@/components/persons/unit-options";
import { NewProfileWizard } from "@/components/ic/profile/new-profile-wizard";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { listUnitOptions } from "@/lib/org/queries";

export const metadata: Metadata = { title: "新建采集" };

export default async function NewProfilePage() {
  const scope = await getScope();
  if (!can(scope, "ic.write")) notFound();
  // ORG-21: a new person is owned by the village/community of hukou (or the town when unknown).
  const units = await listUnitOptions(scope, { levels: ["TOWN", "VILLAGE"] });
  return (
    <>
      <PageHeader
        title="新建采集"
        description="一人一档：先按身份证号查找人员，已建档的直接打开原档案。区（市）、市级工作人员代为采集的，档案归属人员户籍所在村（社区）。"
        breadcrumbs={[{ label: "信息采集", href: "/ic" }, { label: "新建采集" }]}
      />
      <NewProfileWizard unitOptions={unitSelectOptions(units)} />
    </>
  );
}
