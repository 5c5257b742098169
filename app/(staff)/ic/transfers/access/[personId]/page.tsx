import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatShanghaiDateTime } from "@/lib/audit/format";
import { NotFound } from "@/lib/core/errors";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { CATEGORY_LABELS, PROFILE_STATUS_LABELS } from "@/lib/ic/labels";
import { getProfileSummaryWithAccess } from "@/lib/ic/transfers/access-queries";

export const metadata: Metadata = { title: "档案摘要" };

export default async function AccessSummaryPage({ params }: { params: Promise<{ personId: string }> }) {
  const scope = await getScope();
  if (!can(scope, "ic.read")) notFound();
  const { personId } = await params;
  // Without an unexpired grant (or outside the scope) the person does not exist for this user.
  const s = await getProfileSummaryWithAccess(scope, personId).catch((e) => (e instanceof NotFound ? null : Promise.reject(e)));
  if (!s) notFound();
  const rows: [string, string][] = [
    ["姓名", s.name],
    ["身份证号", s.idMasked],
    ["性别", s.gender === "MALE" ? "男" : "女"],
    ["户籍所在单位", `${s.orgUnit.name}${s.orgUnit.officePhone ? `（${s.orgUnit.officePhone}）` : ""}`],
    ["人员类别", s.profile ? s.profile.categories.map((c) => CATEGORY_LABELS[c]).join("、") : "尚未建档"],
    ["档案状态", s.profile ? PROFILE_STATUS_LABELS[s.profile.status] : "—"],
    ["电子档案编号", s.profile?.fileNo ?? "—"],
  ];
  return (
    <>
      <PageHeader title="档案摘要" breadcrumbs={[{ label: "档案迁移与授权", href: "/ic/transfers" }, { label: s.name }]} />
      {s.grantExpiresAt && (
        <Alert tone="info" className="mb-4">经户籍所在单位授权查看，有效至 {formatShanghaiDateTime(s.grantExpiresAt).slice(0, 16)}。本次查看已记入审计日志。</Alert>
      )}
      <Card>
        <CardHeader title="基本情况" />
        <CardContent>
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[10rem_1fr]" data-testid="access-summary">
            {rows.map(([k, v]) => (
              <div key={k} className="contents"><dt className="text-slate-600">{k}</dt><dd className="font-medium">{v}</dd></div>
            ))}
          </dl>
        </CardContent>
      </Card>
    </>
  );
}
