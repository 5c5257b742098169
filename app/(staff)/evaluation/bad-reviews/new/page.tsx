import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComplaintForm } from "@/components/evaluation/complaint-form";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { evaluationFilterOptions } from "@/lib/evaluation/queries";

export const metadata: Metadata = { title: "登记投诉" };

export default async function NewComplaintPage() {
  const scope = await getScope();
  if (!can(scope, "eval.loop")) notFound();
  const options = await evaluationFilterOptions(scope);
  return (
    <>
      <PageHeader
        title="登记投诉"
        description="服务对象的投诉按差评处理，进入差评整改闭环（AMB-37）。"
        breadcrumbs={[{ label: "差评整改", href: "/evaluation/bad-reviews" }, { label: "登记投诉" }]}
      />
      <ComplaintForm windows={options.windows} staff={options.staff} />
    </>
  );
}
