import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import { CATEGORY_LABELS, CHANNEL_LABELS } from "@/lib/ic/labels";
import type { ProfileView } from "@/lib/ic/profile-queries";
import { CompletenessMeter, ProfileStatusBadge } from "./status-badge";

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="text-base text-slate-900">{children}</dd>
    </div>
  );
}

/** Stays above every tab so the completeness figure is always in sight (IC-05). */
export function ProfileHeader({ view }: { view: ProfileView }) {
  const { person, profile, assessment } = view;
  return (
    <Card className="mb-4" data-testid="ic-header">
      <CardContent>
        <div className="mb-3 flex flex-wrap items-center gap-3">
          <h2 className="text-xl font-semibold text-slate-900" data-testid="ic-name">{person.name}</h2>
          <ProfileStatusBadge status={profile.status} data-testid="ic-status" />
          {person.isDeceased && <Badge>已故</Badge>}
          {profile.handledByOrgUnitId && <Badge tone="info">代采</Badge>}
          <Link href={`/persons/${person.id}`} className="ml-auto text-sm text-brand-700 hover:underline">人员信息（电话、地址）</Link>
        </div>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-4">
          <Item label="身份证号"><span className="font-mono tabular-nums" data-testid="ic-id-masked">{person.idMasked}</span></Item>
          <Item label="电子档案编号"><span className="font-mono tabular-nums" data-testid="ic-file-no">{profile.fileNo ?? "（初审通过后编号）"}</span></Item>
          <Item label="信息完整度"><CompletenessMeter value={assessment.completeness} data-testid="ic-completeness" /></Item>
          <Item label="所属单位">{person.unitName}</Item>
          <Item label="人员类别">
            {profile.categories.map((c) => (
              <span key={c} className="mr-2 inline-block">
                {CATEGORY_LABELS[c]}
                {c === profile.primaryCategory && profile.categories.length > 1 && <span className="text-xs text-slate-500">（主）</span>}
              </span>
            ))}
          </Item>
          <Item label="采集方式">{CHANNEL_LABELS[profile.collectionChannel]}</Item>
          <Item label="采集时间">{profile.collectedAt.toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" })}</Item>
          <Item label="材料">{view.checklist.provided} / {view.checklist.required} 项已提供</Item>
        </dl>
      </CardContent>
    </Card>
  );
}
