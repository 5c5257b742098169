import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { formatShanghaiDateTime } from "@/lib/audit/format";
import { getScope } from "@/lib/core/scope";
import { INACTIVE_REASON_LABELS, PROFILE_STATUS_LABELS } from "@/lib/ic/labels";
import { getReviewPanel } from "@/lib/ic/review/panel";
import { ChangeSetList } from "./change-set-list";
import { DeactivateForm } from "./deactivate-form";
import { ProfileActions } from "./profile-actions";
import { ReturnForm } from "./return-form";
import { ReturnList } from "./return-list";
import { StatusTimeline } from "./status-timeline";
import { TransferRequestForm } from "./transfer-request-form";
import { TransferTable } from "./transfer-table";

/**
 * The 审核 tab of a profile (§3.1.4): status and ageing, the steps the engine allows THIS user,
 * the return form with its defect list, the history, past returns, change sets (IC-09) and
 * transfers (IC-11). Data comes from one scoped query; out of scope it throws NotFound, which the
 * profile page turns into a 404 like every other part of it.
 */
export async function ReviewPanel({ profileId }: { profileId: string }) {
  const scope = await getScope();
  const d = await getReviewPanel(scope, profileId);
  const p = d.profile;
  const has = (a: string) => d.actions.some((x) => x.action === a);
  return (
    <div className="flex flex-col gap-6" data-testid="review-panel">
      <Card>
        <CardHeader title="审核状态" description={p.fileNo ? `电子档案编号 ${p.fileNo}` : "电子档案编号在初审通过时生成"} />
        <CardContent className="flex flex-col gap-4">
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <Badge tone={p.status === "RETURNED" ? "warning" : p.status === "INACTIVE" ? "neutral" : "info"} data-testid="review-status">
              {PROFILE_STATUS_LABELS[p.status]}
            </Badge>
            <span className="text-slate-600">自 {formatShanghaiDateTime(p.statusSince).slice(0, 16)}</span>
            {d.stage && (
              <span className={d.stage.overdue ? "font-medium text-red-700" : "text-slate-700"}>
                本环节已 {d.stage.daysInStage} 个工作日（时限 {d.stage.target} 个工作日{d.stage.overdue ? "，已超时" : ""}）
              </span>
            )}
            {p.inactiveReason && <span>注销原因：{INACTIVE_REASON_LABELS[p.inactiveReason]}</span>}
          </div>
          {d.blockers.length > 0 && (
            <Alert tone="warning" title="尚不能提交审核" data-testid="review-blockers">
              <ul className="list-disc pl-5">{d.blockers.map((b, i) => <li key={i}>{b}</li>)}</ul>
            </Alert>
          )}
          {p.status === "PENDING_INITIAL" && !p.hasPaperFile && (
            <Alert tone="info">初审通过前须登记纸质档案存放位置（IC-07）。</Alert>
          )}
          <div className="flex flex-wrap items-start gap-3">
            <ProfileActions profileId={p.id} version={p.version} actions={d.actions} />
            {has("deactivate") && <DeactivateForm profileId={p.id} version={p.version} />}
          </div>
          {has("return") && <ReturnForm target={{ kind: "profile", profileId: p.id, version: p.version }} />}
          {d.actions.length === 0 && <p className="text-sm text-slate-600">当前没有需要您办理的审核操作。</p>}
        </CardContent>
      </Card>

      <Card>
        <CardHeader title="审核记录" />
        <CardContent><StatusTimeline entries={d.history} /></CardContent>
      </Card>

      <Card>
        <CardHeader title="退回记录" description="每次退回的问题清单" />
        <CardContent><ReturnList returns={d.returns} /></CardContent>
      </Card>

      <Card>
        <CardHeader
          title="变更申请"
          description="审核通过后的核心信息变更须经同样的逐级审核，市级通过前档案保持原值（IC-09）。联系方式在人员信息中直接修改。"
          actions={d.canProposeChange && <Link href={`/ic/${p.id}/change`} className={buttonClass("secondary", "sm")} data-testid="review-propose-change">发起变更</Link>}
        />
        <CardContent><ChangeSetList sets={d.changeSets} /></CardContent>
      </Card>

      <Card>
        <CardHeader title="档案迁移" description="户籍在青岛市内迁移时，由迁出单位发起、迁入单位审核人员接收（IC-11）。" />
        <CardContent className="flex flex-col gap-4">
          <TransferTable rows={d.transfers} empty="没有迁移记录" caption="档案迁移记录" />
          {d.canRequestTransfer && <TransferRequestForm profileId={p.id} />}
        </CardContent>
      </Card>
    </div>
  );
}
