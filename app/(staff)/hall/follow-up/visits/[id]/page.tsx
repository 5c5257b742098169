import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReturnVisitForm } from "@/components/hall/follow-up/return-visit-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { formatShanghaiDateTime } from "@/lib/audit/format";
import { isDomainError } from "@/lib/core/errors";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { BAD_REVIEW_STATUS_LABELS, SATISFACTION_LABELS } from "@/lib/evaluation/labels";
import { getReturnVisit } from "@/lib/hall/follow-up/return-visit-queries";
import {
  FOCUS_DOMAIN_LABELS, POLICY_IMPLEMENTED_LABELS, RETURN_VISIT_METHOD_LABELS, RETURN_VISIT_STATUS_LABELS, SERVICE_EFFECT_LABELS,
  SUPERVISION_STATUS_LABELS,
} from "@/lib/hall/labels";

export const metadata: Metadata = { title: "回访" };

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return <div><dt className="text-slate-500">{label}</dt><dd>{children}</dd></div>;
}

export default async function VisitPage({ params }: { params: Promise<{ id: string }> }) {
  const scope = await getScope();
  if (!can(scope, "hall.read")) notFound();
  const { id } = await params;
  const d = await getReturnVisit(scope, id).catch((e) => {
    if (isDomainError(e)) return null;
    throw e;
  });
  if (!d) notFound();
  const { visit: v, case: c } = d;
  return (
    <>
      <PageHeader
        title={<span className="inline-flex flex-wrap items-center gap-3">回访：{c?.itemName ?? "办件"}<Badge tone={v.status === "DONE" ? "success" : d.overdue ? "danger" : "warning"}>{d.overdue ? "已超期" : RETURN_VISIT_STATUS_LABELS[v.status]}</Badge></span>}
        description={c ? `办件编号 ${c.caseNo}` : undefined}
        breadcrumbs={[{ label: "回访台账", href: "/hall/follow-up/visits" }, { label: c?.caseNo ?? "回访" }]}
      />
      <dl className="mb-6 grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2 lg:grid-cols-3" data-testid="visit-summary">
        <Item label="服务对象">{c?.clientName ?? "—"}{c && <Link className="ml-2 text-brand-700 underline" href={`/persons/${c.clientPersonId}`}>人员信息</Link>}</Item>
        <Item label="联系电话">{c?.clientMobileMasked || "—"}</Item>
        <Item label="回访领域">{FOCUS_DOMAIN_LABELS[v.focusDomain]}</Item>
        <Item label="办结时间">{c?.completedAt ? formatShanghaiDateTime(c.completedAt) : "—"}</Item>
        <Item label="回访期限">{v.dueDate.toISOString().slice(0, 10)}</Item>
        <Item label="回访负责人">{d.assigneeName}</Item>
      </dl>
      {v.status === "DONE" ? (
        <section className="flex flex-col gap-3" data-testid="visit-result">
          <h2 className="text-lg font-semibold">回访结果</h2>
          <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2 lg:grid-cols-3">
            <Item label="回访时间">{v.visitedAt ? formatShanghaiDateTime(v.visitedAt) : "—"}（{d.visitedByName}）</Item>
            <Item label="回访方式">{v.method ? RETURN_VISIT_METHOD_LABELS[v.method] : "—"}</Item>
            <Item label="满意度">{v.satisfaction ? SATISFACTION_LABELS[v.satisfaction] : "—"}</Item>
            <Item label="政策落实情况">{v.policyImplemented ? POLICY_IMPLEMENTED_LABELS[v.policyImplemented] : "—"}</Item>
            <Item label="办理效果">{v.effect ? SERVICE_EFFECT_LABELS[v.effect] : "—"}</Item>
            <Item label="反馈意见">{v.feedback || "—"}</Item>
          </dl>
          {d.supervisionTask && (
            <Alert tone="warning" data-testid="visit-supervision">
              已发起督导落实任务（{SUPERVISION_STATUS_LABELS[d.supervisionTask.status]}，整改期限 {d.supervisionTask.dueDate.toISOString().slice(0, 10)}）：
              <Link className="ml-1 underline" href={`/hall/follow-up/supervision/${d.supervisionTask.id}`}>查看督导任务</Link>
            </Alert>
          )}
          {d.badReview && (
            <Alert tone="warning" data-testid="visit-bad-review">
              服务对象不满意，已进入差评闭环（{BAD_REVIEW_STATUS_LABELS[d.badReview.status]}）：
              <Link className="ml-1 underline" href={`/evaluation/bad-reviews/${d.badReview.id}`}>查看差评闭环</Link>
            </Alert>
          )}
        </section>
      ) : can(scope, "hall.handle") ? (
        <section className="flex flex-col gap-3">
          <h2 className="text-lg font-semibold">登记回访结果</h2>
          <ReturnVisitForm id={v.id} version={v.version} />
        </section>
      ) : null}
    </>
  );
}
