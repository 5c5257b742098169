import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StaffEvaluationForm } from "@/components/evaluation/staff-evaluation-form";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/pagination";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { evaluationFilterOptions } from "@/lib/evaluation/queries";

export const metadata: Metadata = { title: "录入评价" };

export default async function NewEvaluationPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "eval.enter")) notFound();
  const caseNo = firstParam((await searchParams).caseNo)?.slice(0, 24);
  const options = await evaluationFilterOptions(scope);
  return (
    <>
      <PageHeader
        title="录入评价"
        description="录入书面评价表（须上传扫描件）或窗口评价器的评价。不满意、非常不满意的评价将自动进入差评整改闭环。"
        breadcrumbs={[{ label: "服务评价", href: "/evaluation" }, { label: "录入评价" }]}
      />
      <StaffEvaluationForm windows={options.windows} staff={options.staff} caseNo={caseNo} />
    </>
  );
}
