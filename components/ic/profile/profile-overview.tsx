import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { CATEGORY_LABELS } from "@/lib/ic/labels";
import { GROUPS } from "@/lib/ic/groups/index";
import type { ProfileView } from "@/lib/ic/profile-queries";
import { CategoriesForm } from "./categories-form";
import { VerifyProfileForm } from "./verify-profile-form";
import { OtherCategoryConsent } from "./other-category-consent";

/** The file at a glance: what still blocks submission (IC-03/04/05/06), groups and documents. */
export function ProfileOverview({ view, canWrite, canConsentOther }: { view: ProfileView; canWrite: boolean; canConsentOther: boolean }) {
  const { profile, assessment } = view;
  const tabHref = (key: string) => `/ic/${profile.id}?tab=${key}`;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card className="lg:col-span-2">
        <CardHeader title="提交前检查" description="信息完整度达到100%、材料齐全且无校验错误后方可提交审核。" />
        <CardContent className="flex flex-col gap-3">
          {assessment.blockers.length === 0 ? (
            <Alert tone="success" data-testid="ic-ready">信息齐全，已满足提交条件。</Alert>
          ) : (
            <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800" data-testid="ic-blockers">
              {assessment.blockers.map((b) => <li key={b}>{b}</li>)}
            </ul>
          )}
          {assessment.warnings.length > 0 && (
            <Alert tone="warning" title="请核对" data-testid="ic-warnings">
              <ul className="list-disc pl-5">{assessment.warnings.map((w) => <li key={w}>{w}</li>)}</ul>
            </Alert>
          )}
        </CardContent>
      </Card>

      {profile.categories.includes("OTHER") && (
        <Card className="lg:col-span-2">
          <CardHeader title="“其他人员”类别" />
          <CardContent>
            <OtherCategoryConsent
              profileId={profile.id}
              version={profile.version}
              note={profile.otherCategoryNote}
              approvedAt={profile.otherCategoryApprovedAt ? profile.otherCategoryApprovedAt.toISOString().slice(0, 10) : null}
              canConsent={canConsentOther}
            />
          </CardContent>
        </Card>
      )}

      {canWrite && ["CITY_APPROVED", "EXPORTED"].includes(profile.status) && (
        <Card className="lg:col-span-2">
          <CardHeader title="年度核实" description="定期更新（§6.1.5）：与本人核对档案信息；如有变化，联系方式直接修改，核心信息请发起变更。" />
          <CardContent>
            <VerifyProfileForm
              profileId={profile.id}
              version={profile.version}
              lastVerifiedAt={profile.lastVerifiedAt ? profile.lastVerifiedAt.toISOString().slice(0, 10) : null}
            />
          </CardContent>
        </Card>
      )}

      <Card>
        <CardHeader title="信息组" description={`必填项 ${assessment.fieldCounts.filled} / ${assessment.fieldCounts.required}`} />
        <CardContent>
          <ul className="divide-y divide-slate-100 text-sm">
            {assessment.applicableGroups.map((key) => {
              const s = assessment.groupStatus[key];
              const text = !s?.counts ? "不计入完整度" : s.markedNone ? "已标记为“无”" : s.complete ? "已完成" : `未完成（${s.filled}/${s.required}）`;
              return (
                <li key={key} className="flex items-center justify-between gap-3 py-2">
                  <Link href={tabHref(key)} className="text-brand-700 hover:underline">{GROUPS[key].label}</Link>
                  <span className={s?.counts && !s.complete ? "text-amber-800" : "text-slate-600"}>{text}</span>
                </li>
              );
            })}
          </ul>
        </CardContent>
      </Card>

      <Card>
        <CardHeader title="信息来源材料" description={`已提供 ${view.checklist.provided} / ${view.checklist.required}`} actions={<Link href={tabHref("DOCUMENTS")} className="text-sm text-brand-700 hover:underline">去核验材料</Link>} />
        <CardContent>
          <ul className="divide-y divide-slate-100 text-sm" data-testid="ic-checklist-summary">
            {view.checklist.rows.map((r) => (
              <li key={`${r.docType}|${r.itemKey}`} className="flex items-center justify-between gap-3 py-2">
                <span className={r.required ? undefined : "text-slate-500 line-through"}>{r.label}</span>
                <span className={r.required && !r.satisfied ? "text-amber-800" : "text-slate-600"}>
                  {!r.required ? "不再需要" : r.satisfied ? (r.provided === "NA" ? "不适用（已说明）" : `已提供（${r.attachmentCount}个文件）`) : "未提供"}
                </span>
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>

      <Card className="lg:col-span-2">
        <CardHeader title="人员类别" description="类别决定需要采集的信息组和材料。提交审核后如需调整，请发起信息变更申请。" />
        <CardContent>
          {profile.editable && canWrite ? (
            <CategoriesForm
              profileId={profile.id}
              version={profile.version}
              categories={profile.categories}
              primaryCategory={profile.primaryCategory}
              otherCategoryNote={profile.otherCategoryNote}
            />
          ) : (
            <p className="text-sm text-slate-800">
              {profile.categories.map((c) => CATEGORY_LABELS[c]).join("、")}
              {profile.otherCategoryNote && `（${profile.otherCategoryNote}）`}
            </p>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
