import type { Metadata } from "next";
import { DetailRow } from "@/components/ui/detail-row";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HistoryList } from "@/components/hall/appointments/history-list";
import { AssistSteps } from "@/components/hall/assist/assist-steps";
import { AssistStatusBadge } from "@/components/hall/assist/assist-table";
import { HandoverPanel } from "@/components/hall/assist/handover-panel";
import { PrintButton } from "@/components/forms/print-button";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/pagination";
import { isDomainError } from "@/lib/core/errors";
import { formatShanghaiDateTime } from "@/lib/core/pdf/time";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { getAssistRequest } from "@/lib/hall/assist/queries";
import { ASSIST_KIND_LABELS, ASSIST_STATUS_LABELS, CASE_STATUS_LABELS, PROXY_REASON_LABELS } from "@/lib/hall/labels";

export const metadata: Metadata = { title: "帮办代办详情" };

type HandoverItem = { name: string; originalOrCopy: "ORIGINAL" | "COPY" | "BOTH"; count: number };

export default async function AssistDetailPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "hall.read")) notFound();
  const { id } = await params;
  const created = firstParam((await searchParams).created);
  const view = await getAssistRequest(scope, id).catch((e) => {
    if (isDomainError(e)) return null;
    throw e;
  });
  if (!view) notFound();
  const { request: a } = view;
  const handles = can(scope, "hall.handle");
  const hIn = a.handovers.find((h) => h.direction === "IN");
  const hOut = a.handovers.find((h) => h.direction === "OUT");
  const clientName = view.person?.name ?? "委托人";
  const inItems: HandoverItem[] = hIn ? (hIn.items as HandoverItem[]) : (view.item?.materials ?? []).map((m) => ({ name: m.name, originalOrCopy: m.originalOrCopy, count: m.count }));
  const recordedOf = (h: typeof hIn) => (h ? { items: h.items as HandoverItem[], fromName: h.fromName, toName: h.toName, receiptNo: h.receiptNo } : null);
  const signedOf = (h: typeof hIn) => !!h?.fromSignedAt && !!h?.toSignedAt;
  const caseFormHref = `/hall/cases/new?personId=${a.clientPersonId}&itemCode=${encodeURIComponent(a.itemCode)}&channel=WINDOW`;
  return (
    <>
      <PageHeader
        title={<span className="inline-flex flex-wrap items-center gap-3">{ASSIST_KIND_LABELS[a.kind]}<AssistStatusBadge status={a.status} /></span>}
        description={`${clientName} · ${view.item?.name ?? a.itemCode} · 帮办代办员 ${view.agentName}`}
        breadcrumbs={[{ label: "帮办代办", href: "/hall/assist" }, { label: "详情" }]}
        actions={<PrintButton action={`/api/hall/print/entrust/${a.id}`} label="打印委托登记表" testId="assist-print-entrust" />}
      />
      <div className="flex max-w-4xl flex-col gap-6">
        {created && (a.status === "REGISTERED" || a.status === "PENDING_MATERIALS") && <Alert tone="success">委托已登记{a.status === "PENDING_MATERIALS" ? "；材料不齐全，已出具一次性告知单" : ""}。</Alert>}
        {handles && (
          <AssistSteps id={a.id} version={a.version} steps={view.steps} offers={view.offers} windows={view.windows} caseFormHref={caseFormHref} />
        )}
        {a.kind === "PROXY" && a.status === "PROCESSING" && (
          <Alert tone="info">办件办结后，须将办理结果及相关材料移交委托人并由双方在交接单上签字，方可办结（§7.5.3.3，HALL-71）。</Alert>
        )}
        {a.kind === "PROXY" && (hIn || view.offers.handoverIn) && (
          <Card>
            <CardHeader title="材料交接（申请人→代办员）" description={signedOf(hIn) ? `双方已签字（${formatShanghaiDateTime(hIn!.fromSignedAt!)}）` : "代办前，申请人与代办员完成材料交接手续（§7.5.3.2）。"} />
            <CardContent>
              <HandoverPanel key={a.version} assistId={a.id} version={a.version} direction="IN" recorded={recordedOf(hIn)} editable={view.offers.handoverIn && !signedOf(hIn)}
                defaults={{ items: inItems, fromName: clientName, toName: view.agentName }} />
            </CardContent>
          </Card>
        )}
        {a.kind === "PROXY" && (hOut || view.offers.handoverOut) && (
          <Card>
            <CardHeader title="材料交接（代办员→委托人）" description={signedOf(hOut) ? `双方已签字（${formatShanghaiDateTime(hOut!.fromSignedAt!)}）` : "办结后移交办理结果及相关材料；未办理前退还材料的，移交后方可取消委托。"} />
            <CardContent>
              <HandoverPanel key={a.version} assistId={a.id} version={a.version} direction="OUT" recorded={recordedOf(hOut)} editable={view.offers.handoverOut && !signedOf(hOut)}
                defaults={{ items: [{ name: "办理结果（决定书/证件等）", originalOrCopy: "ORIGINAL", count: 1 }, ...inItems], fromName: view.agentName, toName: clientName }} />
            </CardContent>
          </Card>
        )}
        {view.notices.length > 0 && (
          <Card>
            <CardHeader title="一次性告知" />
            <CardContent className="flex flex-col gap-3" data-testid="assist-notices">
              {view.notices.map((n) => (
                <div key={n.id} className="flex flex-col gap-1">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <p className="font-medium">告知单 {n.noticeNo}（{formatShanghaiDateTime(n.issuedAt)}）</p>
                    {n.status === "ISSUED" && <PrintButton action={`/api/hall/print/notice/${n.id}`} label="打印一次性告知单" testId="assist-print-notice" />}
                  </div>
                  <ul className="list-disc pl-6 text-sm">
                    {(n.missingMaterials as { name: string; howToObtain: string }[]).map((m) => <li key={m.name}>需补交：{m.name}（获取方式：{m.howToObtain}）</li>)}
                    {(n.defectiveMaterials as { name: string; defect: string; correction: string }[]).map((m) => <li key={m.name}>需补正：{m.name}（{m.defect}；{m.correction}）</li>)}
                  </ul>
                  <p className="text-sm text-slate-600">办理期限：{n.timeLimit}</p>
                </div>
              ))}
            </CardContent>
          </Card>
        )}
        <Card>
          <CardHeader title="委托信息" />
          <CardContent>
            <dl className="flex flex-col gap-3" data-testid="assist-detail">
              <DetailRow label="委托人">{view.person ? `${view.person.name}（${view.person.idMasked}）` : "—"}</DetailRow>
              <DetailRow label="办理事项">{view.item ? `${view.item.name}（${view.item.code}）` : a.itemCode}</DetailRow>
              <DetailRow label="帮办代办员">{view.agentName}</DetailRow>
              <DetailRow label="委托登记时间">{formatShanghaiDateTime(a.registeredAt)}</DetailRow>
              {a.proxyReason && <DetailRow label="代办原因">{PROXY_REASON_LABELS[a.proxyReason]}{a.proxyReasonText ? `：${a.proxyReasonText}` : ""}</DetailRow>}
              {a.entrustmentNote && <DetailRow label="委托书">{a.entrustmentNote}</DetailRow>}
              <DetailRow label="材料审查">{a.materialsComplete ? "齐全" : "不齐全（已一次性告知）"}</DetailRow>
              {view.case && <DetailRow label="办件"><Link className="text-brand-700 underline" href={`/hall/cases/${view.case.id}`}>{view.case.caseNo}</Link>（{CASE_STATUS_LABELS[view.case.status]}）</DetailRow>}
              {a.completedAt && <DetailRow label="办结时间">{formatShanghaiDateTime(a.completedAt)}</DetailRow>}
            </dl>
          </CardContent>
        </Card>
        <HistoryList rows={view.history} labels={ASSIST_STATUS_LABELS} />
      </div>
    </>
  );
}
