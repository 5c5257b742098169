import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { DocumentsPanel } from "@/components/ic/documents/documents-panel";
import { FourOnesPanel } from "@/components/ic/four-ones/four-ones-panel";
import { GroupForm } from "@/components/ic/profile/group-form";
import { ProfileHeader } from "@/components/ic/profile/profile-header";
import { ProfileOverview } from "@/components/ic/profile/profile-overview";
import { ProfileTabs, type ProfileTab } from "@/components/ic/profile/profile-tabs";
import { ReviewPanel } from "@/components/ic/review/review-panel";
import { NotFound } from "@/lib/core/errors";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import type { ProfileGroupKey } from "@/lib/generated/prisma/enums";
import { GROUPS } from "@/lib/ic/groups/index";
import { getProfileView } from "@/lib/ic/profile-queries";

export const metadata: Metadata = { title: "采集档案" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ tab?: string; created?: string; existing?: string }> };

export default async function ProfilePage({ params, searchParams }: Props) {
  const scope = await getScope();
  if (!can(scope, "ic.read")) notFound();
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  // Audited as VIEW_FULL_PROFILE by the query; out of scope is "not found" (no existence leak).
  const view = await getProfileView(scope, id).catch((e) => (e instanceof NotFound ? null : Promise.reject(e)));
  if (!view) notFound();
  const { profile, assessment } = view;

  const tabs: ProfileTab[] = [
    { key: "OVERVIEW", label: "概览" },
    ...view.applicable.map((key) => {
      const s = assessment.groupStatus[key];
      const state = !s?.counts ? undefined : s.markedNone ? ("none" as const) : s.complete ? ("done" as const) : ("todo" as const);
      return { key, label: GROUPS[key].label, state };
    }),
    { key: "DOCUMENTS", label: "材料核验" },
    { key: "REVIEW", label: "审核" },
    { key: "FOUR_ONES", label: "一档一卡一策" },
  ];
  const tab = tabs.some((t) => t.key === sp.tab) ? sp.tab! : "OVERVIEW";
  const group = (view.applicable as string[]).includes(tab) ? (tab as ProfileGroupKey) : null;

  return (
    <>
      <PageHeader title="采集档案" breadcrumbs={[{ label: "信息采集", href: "/ic" }, { label: view.person.name }]} />
      {sp.created && <Alert tone="success" className="mb-4" data-testid="ic-created">采集档案已建立，请逐项填写信息并上传材料。</Alert>}
      {sp.existing && <Alert tone="info" className="mb-4" data-testid="ic-existing">该人员已有采集档案（一人一档），已为您打开。</Alert>}
      <ProfileHeader view={view} />
      <ProfileTabs profileId={profile.id} tabs={tabs} active={tab} />

      {tab === "OVERVIEW" && <ProfileOverview view={view} canWrite={can(scope, "ic.write")} canConsentOther={can(scope, "ic.review") && scope.level === "DISTRICT"} />}
      {group && (
        <Card>
          <CardHeader title={GROUPS[group].label} />
          <CardContent>
            <GroupForm
              key={`${group}-${profile.id}`}
              profileId={profile.id}
              version={profile.version}
              group={group}
              data={view.groups[group]?.data}
              markedNone={view.groups[group]?.markedNone ?? false}
              bankAccountMasked={view.groups[group]?.bankAccountMasked}
              noneAllowed={view.noneAllowed[group] ?? false}
              editable={profile.editable && can(scope, "ic.write")}
              pending={view.pending[group] ?? {}}
            />
          </CardContent>
        </Card>
      )}
      {tab === "DOCUMENTS" && <DocumentsPanel profileId={profile.id} />}
      {tab === "REVIEW" && <ReviewPanel profileId={profile.id} />}
      {tab === "FOUR_ONES" && <FourOnesPanel profileId={profile.id} />}
    </>
  );
}
