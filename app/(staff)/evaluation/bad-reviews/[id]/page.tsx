import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BadReviewDetail } from "@/components/evaluation/bad-review-detail";
import { BadReviewStatusBadge } from "@/components/evaluation/bad-review-status-badge";
import { BadReviewSteps } from "@/components/evaluation/loop/bad-review-steps";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { isDomainError } from "@/lib/core/errors";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { getBadReview } from "@/lib/evaluation/bad-review-queries";
import { BAD_REVIEW_SOURCE_LABELS } from "@/lib/evaluation/labels";

export const metadata: Metadata = { title: "差评整改详情" };

export default async function BadReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const scope = await getScope();
  if (!can(scope, "eval.read")) notFound();
  const { id } = await params;
  const view = await getBadReview(scope, id).catch((e) => {
    if (isDomainError(e)) return null;
    throw e;
  });
  if (!view) notFound();
  const { loop } = view;
  return (
    <>
      <PageHeader
        title={<span className="inline-flex flex-wrap items-center gap-3">{BAD_REVIEW_SOURCE_LABELS[loop.source]} · {loop.unitName}<BadReviewStatusBadge status={loop.status} /></span>}
        description={loop.stepDueDate ? `本环节期限：${loop.stepDueDate}${loop.overdue ? "（已超期）" : ""}` : undefined}
        breadcrumbs={[{ label: "差评整改", href: "/evaluation/bad-reviews" }, { label: "详情" }]}
      />
      <div className="flex flex-col gap-6">
        {loop.overdue && <Alert tone="error" data-testid="loop-overdue">本环节已超过期限，请尽快办理。</Alert>}
        {view.isEvaluatedStaff && <Alert tone="info">您是本差评涉及的工作人员：可以查看反映的问题并按要求整改，但不能查看评价人的身份和联系方式，也不能核实或确认本差评。</Alert>}
        {can(scope, "eval.loop") && (
          <BadReviewSteps key={loop.version} id={loop.id} version={loop.version} steps={view.steps} anonymous={loop.anonymous} revisitAttempts={loop.revisitAttempts} />
        )}
        <BadReviewDetail view={view} />
      </div>
    </>
  );
}
