import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CaseReviewLists } from "@/components/hall/review/case-review-lists";
import { ReviewWidgets } from "@/components/hall/review/review-widgets";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { getReviewDesk } from "@/lib/hall/review/desk";

export const metadata: Metadata = { title: "审核台" };

export default async function ReviewDeskPage() {
  const scope = await getScope();
  if (!can(scope, "hall.review")) notFound();
  const desk = await getReviewDesk(scope);
  return (
    <>
      <PageHeader title="审核台" description={`${scope.orgUnitName}及下级单位待您审批、督办的事项。`} />
      <CaseReviewLists q={desk.cases} />
      <ReviewWidgets d={desk} />
    </>
  );
}
