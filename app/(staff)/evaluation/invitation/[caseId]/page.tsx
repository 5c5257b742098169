import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InvitationCard } from "@/components/evaluation/invitation-card";
import { PageHeader } from "@/components/ui/page-header";
import { isDomainError } from "@/lib/core/errors";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { getInvitationForCase } from "@/lib/evaluation/invitation-queries";

export const metadata: Metadata = { title: "办结评价二维码" };

// EVA-02: the completed case's evaluation QR code on its own page, to turn the screen to the
// client at the window (the same card the case page embeds).
export default async function InvitationPage({ params }: { params: Promise<{ caseId: string }> }) {
  const scope = await getScope();
  if (!can(scope, "eval.read")) notFound();
  const { caseId } = await params;
  const invitation = await getInvitationForCase(scope, caseId).catch((e) => {
    if (isDomainError(e)) return undefined;
    throw e;
  });
  if (invitation === undefined) notFound();
  return (
    <>
      <PageHeader
        title="办结评价二维码"
        description="请服务对象用手机扫码评价本次服务。"
        breadcrumbs={[{ label: "办件", href: `/hall/cases/${caseId}` }, { label: "评价二维码" }]}
        actions={can(scope, "eval.enter") ? <Link href={`/evaluation/new`} className="text-brand-700 underline">录入书面评价</Link> : undefined}
      />
      <InvitationCard caseId={caseId} invitation={invitation} />
    </>
  );
}
