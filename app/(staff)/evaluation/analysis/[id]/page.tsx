import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionStatusButton, AddImprovementActionForm, ApproveAnalysisButton } from "@/components/evaluation/analysis/action-forms";
import { AnalysisStatsView } from "@/components/evaluation/analysis/stats-view";
import { AnalysisTextForm } from "@/components/evaluation/analysis/text-form";
import { PrintButton } from "@/components/forms/print-button";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import { isDomainError } from "@/lib/core/errors";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { getAnalysis } from "@/lib/evaluation/analysis/queries";
import { ANALYSIS_STATUS_LABELS, IMPROVEMENT_STATUS_LABELS } from "@/lib/evaluation/labels";
import { periodLabel } from "@/lib/evaluation/period";

export const metadata: Metadata = { title: "分析报告" };

const fmt = (d: Date) => d.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });

export default async function AnalysisPage({ params }: { params: Promise<{ id: string }> }) {
  const scope = await getScope();
  if (!can(scope, "eval.report")) notFound();
  const { id } = await params;
  const view = await getAnalysis(scope, id).catch((e) => {
    if (isDomainError(e)) return null;
    throw e;
  });
  if (!view) notFound();
  const { analysis: a } = view;
  return (
    <>
      <PageHeader
        title={<span className="inline-flex flex-wrap items-center gap-3">{view.unit.name} · {periodLabel(a.periodKey)}<Badge tone={a.status === "APPROVED" ? "success" : "neutral"} data-testid="analysis-status">{ANALYSIS_STATUS_LABELS[a.status]}</Badge></span>}
        description={`数据生成于 ${fmt(a.generatedAt)}；撰写人：${view.authorNames.join("、") || "—"}${view.approvedByName ? `；审定人：${view.approvedByName}（${fmt(a.approvedAt!)}）` : ""}`}
        breadcrumbs={[{ label: "分析研判", href: "/evaluation/analysis" }, { label: periodLabel(a.periodKey) }]}
        actions={<PrintButton action={`/api/evaluation/analysis/${a.id}/pdf`} label="打印报告" testId="analysis-print" />}
      />
      <div className="flex flex-col gap-6">
        <AnalysisStatsView stats={a.stats} hotIssues={a.hotIssues} />
        <Card>
          <CardHeader title="调查研究与解决方案" />
          <CardContent>
            {view.canEdit ? (
              <AnalysisTextForm key={a.version} id={a.id} version={a.version} investigation={a.investigation ?? ""} solutions={a.solutions ?? ""} />
            ) : (
              <dl className="flex flex-col gap-3 text-sm">
                <dt className="font-medium">调查研究情况</dt><dd className="whitespace-pre-wrap">{a.investigation ?? "—"}</dd>
                <dt className="font-medium">解决方案和整改措施</dt><dd className="whitespace-pre-wrap">{a.solutions ?? "—"}</dd>
              </dl>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader title="改进措施" />
          <CardContent className="flex flex-col gap-4">
            {a.actions.length > 0 && (
              <Table caption="改进措施" data-testid="analysis-actions">
                <THead><Tr><Th>改进措施</Th><Th>责任人</Th><Th>完成期限</Th><Th>状态</Th><Th></Th></Tr></THead>
                <TBody>
                  {a.actions.map((x) => (
                    <Tr key={x.id}>
                      <Td>{x.description}</Td><Td>{x.ownerName}</Td><Td>{x.dueDate.toISOString().slice(0, 10)}</Td>
                      <Td><Badge tone={x.status === "DONE" ? "success" : "warning"}>{IMPROVEMENT_STATUS_LABELS[x.status]}</Badge></Td>
                      <Td>{view.canTrack && <ActionStatusButton id={x.id} version={x.version} status={x.status} />}</Td>
                    </Tr>
                  ))}
                </TBody>
              </Table>
            )}
            {view.canEdit && <AddImprovementActionForm key={a.version} analysisId={a.id} version={a.version} />}
            {a.actions.length === 0 && !view.canEdit && <p className="text-sm text-slate-600">无</p>}
          </CardContent>
        </Card>
        {view.canApprove && (
          <Card>
            <CardHeader title="审定" description="由未参与撰写的审核人员审定；审定后报告不能再修改。" />
            <CardContent><ApproveAnalysisButton id={a.id} version={a.version} /></CardContent>
          </Card>
        )}
      </div>
    </>
  );
}
