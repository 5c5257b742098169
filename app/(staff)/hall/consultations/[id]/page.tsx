import type { Metadata } from "next";
import { DetailRow } from "@/components/ui/detail-row";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnswerBadge } from "@/components/hall/consultations/consultation-table";
import { FollowUpForm } from "@/components/hall/consultations/follow-up-form";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/pagination";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { isDomainError } from "@/lib/core/errors";
import { formatDate, formatShanghaiDateTime } from "@/lib/core/pdf/time";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { getConsultation } from "@/lib/hall/consultations/queries";
import { CHANNEL_LABELS, CONSULT_TOPIC_LABELS } from "@/lib/hall/labels";

export const metadata: Metadata = { title: "咨询记录" };

export default async function ConsultationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "hall.read")) notFound();
  const { id } = await params;
  const created = firstParam((await searchParams).created);
  const c = await getConsultation(scope, id).catch((e) => {
    if (isDomainError(e)) return null;
    throw e;
  });
  if (!c) notFound();
  const caseHref = c.person ? `/hall/cases/new?personId=${c.person.id}&consultationId=${c.id}` : null;
  return (
    <>
      <PageHeader
        title="咨询记录"
        description={`${CONSULT_TOPIC_LABELS[c.topic]} · ${formatShanghaiDateTime(c.askedAt)}`}
        breadcrumbs={[{ label: "咨询登记", href: "/hall/consultations" }, { label: "咨询记录" }]}
        actions={caseHref && c.can.startCase ? <Link href={caseHref} className={buttonClass("primary")} data-testid="consultation-start-case">发起办件</Link> : undefined}
      />
      <div className="flex max-w-3xl flex-col gap-6">
        {created && <Alert tone="success">咨询记录已保存。</Alert>}
        <Card>
          <CardHeader title="咨询情况" actions={<AnswerBadge row={c} today={todayInShanghai()} />} />
          <CardContent>
            <dl className="flex flex-col gap-3" data-testid="consultation-detail">
              <DetailRow label="咨询人">{c.person ? `${c.person.name}（${c.person.idMasked}）` : (c.contactName ?? "匿名")}</DetailRow>
              {c.person && c.contactName && <DetailRow label="联系人">{c.contactName}</DetailRow>}
              <DetailRow label="联系电话">{c.contactPhone ?? "—"}</DetailRow>
              <DetailRow label="咨询渠道">{CHANNEL_LABELS[c.channel]}</DetailRow>
              <DetailRow label="接待单位">{c.unitName}{c.window ? ` · ${c.window.windowNo}号 ${c.window.name}` : ""}</DetailRow>
              <DetailRow label="接待人">{c.answeredByName}</DetailRow>
              <DetailRow label="咨询内容">{c.question}</DetailRow>
              {c.answeredOnSpot ? (
                <DetailRow label="答复内容">{c.answer}</DetailRow>
              ) : (
                <>
                  <DetailRow label="暂无法解答原因">{c.notAnsweredReason}</DetailRow>
                  <DetailRow label="答复期限">{formatDate(c.followUpDueDate)}</DetailRow>
                  {c.followUpAnsweredAt && <DetailRow label="答复时间">{formatShanghaiDateTime(c.followUpAnsweredAt)}</DetailRow>}
                  {c.followUpAnswer && <DetailRow label="答复内容">{c.followUpAnswer}</DetailRow>}
                </>
              )}
              {c.caseId && <DetailRow label="关联办件"><Link className="text-brand-700 underline" href={`/hall/cases/${c.caseId}`}>查看办件</Link></DetailRow>}
            </dl>
          </CardContent>
        </Card>
        {c.can.answer && (
          <Card>
            <CardHeader title="答复服务对象" description="由接待该咨询的工作人员答复；其不在岗时可由审核人员代为答复。" />
            <CardContent><FollowUpForm id={c.id} version={c.version} /></CardContent>
          </Card>
        )}
        {!c.person && can(scope, "hall.handle") && (
          <p className="text-sm text-slate-600">匿名咨询如需办理事项，请先在“人员”中登记服务对象，再从办件登记发起。</p>
        )}
      </div>
    </>
  );
}
