import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/forms/print-button";
import { CaseStepButtons } from "@/components/hall/cases/case-step-buttons";
import { CaseSummary } from "@/components/hall/cases/case-summary";
import { CaseTimeline } from "@/components/hall/cases/case-timeline";
import { CompleteCaseForm } from "@/components/hall/cases/complete-case-form";
import { ExtensionDecisionForm, ExtensionRequestForm } from "@/components/hall/cases/extension-forms";
import { MaterialsCheckForm } from "@/components/hall/cases/materials-check-form";
import { NoticeIssueForm } from "@/components/hall/cases/notice-issue-form";
import { NoticeList } from "@/components/hall/cases/notice-list";
import { ReassignForm } from "@/components/hall/cases/reassign-form";
import { RefuseCaseForm } from "@/components/hall/cases/refuse-case-form";
import { SupplementForm } from "@/components/hall/cases/supplement-form";
import { WithdrawCaseForm } from "@/components/hall/cases/withdraw-case-form";
import { TrackingPanel } from "@/components/hall/follow-up/tracking-panel";
import { InvitationCard } from "@/components/evaluation/invitation-card";
import { getInvitationForCase } from "@/lib/evaluation/invitation-queries";
import { PageHeader } from "@/components/ui/page-header";
import { isDomainError } from "@/lib/core/errors";
import { formatDate } from "@/lib/core/pdf/time";
import { getScope } from "@/lib/core/scope";
import { getCaseDetail } from "@/lib/hall/cases/detail";
import { EXTENSION_STATUS_LABELS } from "@/lib/hall/labels";

export const metadata: Metadata = { title: "办件详情" };

function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <section className="flex flex-col gap-3" data-testid={testId}>
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const scope = await getScope();
  const { id } = await params;
  const d = await getCaseDetail(scope, id).catch((e) => {
    if (isDomainError(e)) return null;
    throw e;
  });
  if (!d) notFound();
  const c = d.case;
  // EVA-02: a completed case shows its evaluation QR code for the client to scan at the window.
  const invitation = d.can.showInvitation ? await getInvitationForCase(scope, c.id) : null;
  const completeStep = d.transitions.find((t) => t.action === "complete" || t.action === "approveComplete");
  const pendingExtension = d.extensions.find((e) => e.status === "REQUESTED");
  return (
    <>
      <PageHeader title={c.itemName} description={`办件编号 ${c.caseNo}`} breadcrumbs={[{ label: "办件", href: "/hall/cases" }, { label: c.caseNo }]} />
      <div className="flex flex-col gap-6">
        <CaseSummary d={d} />
        {(d.transitions.length > 0 || d.can.issueNotice || d.can.refuse) && (
          <Section title="办理" testId="case-actions">
            <CaseStepButtons caseId={c.id} version={c.version} steps={d.transitions} />
            {d.can.issueNotice && <NoticeIssueForm caseId={c.id} version={c.version} second={d.can.secondNotice} />}
            {completeStep && <CompleteCaseForm caseId={c.id} version={c.version} label={completeStep.label} />}
            {d.can.refuse && (
              <details className="rounded-md border border-slate-200 p-3">
                <summary className="cursor-pointer font-medium" data-testid="case-refuse-toggle">不予受理 / 非本窗口职权</summary>
                <div className="mt-3"><RefuseCaseForm caseId={c.id} version={c.version} /></div>
              </details>
            )}
            {d.can.withdraw && <WithdrawCaseForm caseId={c.id} version={c.version} />}
          </Section>
        )}
        {d.can.showInvitation && <InvitationCard caseId={c.id} invitation={invitation} />}
        <Section title="材料核验" testId="case-materials">
          <MaterialsCheckForm caseId={c.id} version={c.version} materials={c.materials} readOnly={!d.can.checkMaterials} />
        </Section>
        <Section title="一次性告知与联系服务卡" testId="case-notices">
          <NoticeList notices={d.notices} canDecide={d.can.decideNotice} userId={scope.userId} />
          {d.card && (
            <div className="flex flex-wrap items-center gap-3">
              <span className="text-sm">联系服务卡 <span className="font-mono">{d.card.cardNo}</span>（已打印{d.card.printedCount}次）</span>
              <PrintButton action={`/api/hall/print/card/${d.card.id}`} label="打印联系服务卡" testId="print-case-card" />
            </div>
          )}
        </Section>
        {d.can.supplement && (
          <Section title="补交材料" testId="case-supplement">
            <SupplementForm caseId={c.id} firstHandlerName={d.names.firstHandler} isFirstHandler={c.firstHandlerId === scope.userId} />
          </Section>
        )}
        {(d.extensions.length > 0 || d.can.requestExtension) && (
          <Section title="延期" testId="case-extensions">
            {d.extensions.map((e) => (
              <p key={e.id} className="text-sm">
                {e.requestedByName}申请延期{e.workingDays}个工作日至 {formatDate(e.proposedDueDate)}：{e.reason} · {EXTENSION_STATUS_LABELS[e.status]}
                {e.decidedByName !== "—" && `（${e.decidedByName}${e.decisionNote ? `：${e.decisionNote}` : ""}）`}
              </p>
            ))}
            {d.can.decideExtension && pendingExtension && <ExtensionDecisionForm extensionId={pendingExtension.id} version={pendingExtension.version} />}
            {d.can.requestExtension && <ExtensionRequestForm caseId={c.id} version={c.version} />}
          </Section>
        )}
        {(c.acceptedAt || d.tracking.length > 0) && (
          <Section title="跟踪台账" testId="case-tracking">
            <TrackingPanel caseId={c.id} entries={d.tracking} canWrite={d.can.track} />
          </Section>
        )}
        {d.can.reassign && (
          <Section title="改派首办人">
            <ReassignForm caseId={c.id} version={c.version} staff={d.hallStaff} currentId={c.firstHandlerId} />
          </Section>
        )}
        <Section title="办理记录">
          <CaseTimeline history={d.history} />
        </Section>
      </div>
    </>
  );
}
