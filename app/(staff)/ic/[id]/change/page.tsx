import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ChangeSetForm } from "@/components/ic/review/change-set-form";
import { NotFound } from "@/lib/core/errors";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { getChangeCompose } from "@/lib/ic/change-sets/queries";

export const metadata: Metadata = { title: "发起变更申请" };

export default async function ChangeComposePage({ params }: { params: Promise<{ id: string }> }) {
  const scope = await getScope();
  if (!can(scope, "ic.write")) notFound();
  const { id } = await params;
  const d = await getChangeCompose(scope, id).catch((e) => (e instanceof NotFound ? null : Promise.reject(e)));
  if (!d) notFound();
  return (
    <>
      <PageHeader
        title="发起变更申请"
        description="审核通过后的核心信息变更（IC-09）：经初审、区级、市级审核通过后生效。"
        breadcrumbs={[{ label: "信息采集", href: "/ic" }, { label: d.name, href: `/ic/${d.profileId}?tab=REVIEW` }, { label: "发起变更" }]}
      />
      {d.canPropose ? (
        <Card><CardContent><ChangeSetForm {...d} /></CardContent></Card>
      ) : (
        <Alert tone="warning" data-testid="change-not-allowed">
          只有市级审核通过（含已上报）且没有进行中变更申请的档案才能发起变更；审核通过前请直接修改档案。
        </Alert>
      )}
    </>
  );
}
