import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AssignmentCreateForm } from "@/components/hall/windows/assignment-forms";
import { AssignmentsTable } from "@/components/hall/windows/assignments-table";
import { WindowActiveButton } from "@/components/hall/windows/window-active-button";
import { WindowEditForm } from "@/components/hall/windows/window-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { isDomainError } from "@/lib/core/errors";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { getWindowDetail, listItemOptions } from "@/lib/hall/windows/queries";

export const metadata: Metadata = { title: "窗口详情" };

export default async function WindowPage({ params }: { params: Promise<{ id: string }> }) {
  const scope = await getScope();
  if (!can(scope, "hall.read")) notFound();
  const { id } = await params;
  const view = await getWindowDetail(scope, id).catch((e) => (isDomainError(e) ? null : Promise.reject(e)));
  if (!view) notFound();
  const { window: w, unit, assignments, candidates } = view;
  const manageWindow = can(scope, "hall.windows.manage");
  const manageRoster = can(scope, "hall.roster.manage");
  const items = manageWindow ? await listItemOptions(scope, unit.level) : [];
  const today = todayInShanghai();
  return (
    <>
      <PageHeader
        title={<span className="inline-flex flex-wrap items-center gap-3">{w.windowNo}号窗口 {w.name}{!w.active && <Badge>已停用</Badge>}</span>}
        description={unit.name}
        breadcrumbs={[{ label: "窗口与AB角", href: `/hall/windows?unit=${unit.id}` }, { label: `${w.windowNo}号窗口` }]}
        actions={manageWindow && <WindowActiveButton id={w.id} version={w.version} active={w.active} />}
      />
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader title="AB角安排" description="同一窗口的安排期间不能重叠；更换AB角时先结束原安排，再新增。" />
          <CardContent className="flex flex-col gap-5">
            <AssignmentsTable rows={assignments} canManage={manageRoster} today={today} />
            {manageRoster && w.active && (
              <section className="flex flex-col gap-2">
                <h3 className="font-semibold">新增AB角安排</h3>
                <AssignmentCreateForm windowId={w.id} staff={candidates} today={today} />
              </section>
            )}
          </CardContent>
        </Card>
        {manageWindow && (
          <Card>
            <CardHeader title="修改窗口" />
            <CardContent>
              <WindowEditForm
                key={w.version}
                id={w.id}
                version={w.version}
                values={{ windowNo: w.windowNo, name: w.name, serviceItemCodes: w.serviceItemCodes, isProxyWindow: w.isProxyWindow, isIntegrated: w.isIntegrated }}
                items={items}
              />
            </CardContent>
          </Card>
        )}
      </div>
    </>
  );
}
