import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { AccessRequestForm } from "@/components/ic/review/access-request-form";
import { AccessTable } from "@/components/ic/review/access-table";
import { TransferTable } from "@/components/ic/review/transfer-table";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { listAccessRequests } from "@/lib/ic/transfers/access-queries";
import { listTransfers } from "@/lib/ic/transfers/queries";

export const metadata: Metadata = { title: "档案迁移与授权" };

export default async function TransfersPage() {
  const scope = await getScope();
  if (!can(scope, "ic.read")) notFound();
  const [incoming, outgoing, accessIn, accessOut] = await Promise.all([
    listTransfers(scope, { direction: "incoming" }),
    listTransfers(scope, { direction: "outgoing", open: false }),
    listAccessRequests(scope, "incoming"),
    listAccessRequests(scope, "outgoing"),
  ]);
  return (
    <>
      <PageHeader title="档案迁移与授权" description="青岛市内户籍迁移的档案转移（IC-11），以及跨单位的服务授权和迁移申请（ORG-23）。" />
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader title="待接收的迁入档案" description="发起后即可在此看到摘要（姓名、脱敏身份证号、人员类别）；接收后可查看完整档案（ORG-25）。" />
          <CardContent><TransferTable rows={incoming} empty="没有待接收的档案" caption="待接收的迁入档案" /></CardContent>
        </Card>
        <Card>
          <CardHeader title="本单位发起的迁出" />
          <CardContent><TransferTable rows={outgoing} empty="没有迁出记录" caption="本单位发起的迁出" /></CardContent>
        </Card>
        <Card>
          <CardHeader title="收到的服务授权与迁移申请" description="由本单位审核人员审核；同意服务授权后，对方可在30天内查看档案摘要。" />
          <CardContent><AccessTable rows={accessIn} direction="incoming" canDecide={can(scope, "ic.review")} /></CardContent>
        </Card>
        <Card>
          <CardHeader title="本单位提交的申请" />
          <CardContent className="flex flex-col gap-6">
            <AccessTable rows={accessOut} direction="outgoing" canDecide={false} />
            {can(scope, "ic.write") && <AccessRequestForm />}
          </CardContent>
        </Card>
      </div>
    </>
  );
}
