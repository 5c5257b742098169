import { PrintButton } from "@/components/forms/print-button";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import type { InvitationForCase } from "@/lib/evaluation/invitation-queries";

const fmt = (d: Date) => d.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });

/**
 * EVA-02 on the case page: the completed case's evaluation invitation — a QR code big enough to
 * scan from the screen, the public link as plain text (data-url holds it for tests), its state,
 * and the printable 办结回执 carrying the code.
 * The page passes getInvitationForCase(scope, caseId); null = not completed yet.
 */
export function InvitationCard({ caseId, invitation }: { caseId: string; invitation: InvitationForCase | null }) {
  if (!invitation) {
    return (
      <Card data-testid="evaluation-invitation">
        <CardHeader title="服务评价" description="办件办结后自动生成评价二维码，服务对象扫码即可评价（无需登录）。" />
      </Card>
    );
  }
  const state = invitation.evaluated || invitation.usedAt
    ? { tone: "success" as const, label: "已评价" }
    : invitation.expired
      ? { tone: "neutral" as const, label: "已过期" }
      : { tone: "info" as const, label: "待评价" };
  const open = state.label === "待评价";
  return (
    <Card data-testid="evaluation-invitation">
      <CardHeader
        title={<span className="inline-flex items-center gap-2">服务评价 <Badge tone={state.tone} data-testid="evaluation-state">{state.label}</Badge></span>}
        description={open ? "请服务对象用手机扫描二维码评价本次服务；每件办件只能评价一次。" : undefined}
        actions={<PrintButton action={`/api/evaluation/receipt/${caseId}`} label="打印办结回执" testId="print-receipt" />}
      />
      <CardContent className="flex flex-col gap-4 sm:flex-row sm:items-start">
        {open && (
          // A data: URL image; next/image adds nothing for an inline QR code.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={invitation.qrDataUrl} alt="服务评价二维码" width={240} height={240} className="size-60 shrink-0 rounded border border-slate-200 bg-white p-2" data-testid="evaluation-qr" />
        )}
        <dl className="grid grid-cols-[5rem_1fr] gap-y-2 text-sm">
          <dt className="text-slate-600">评价链接</dt>
          <dd className="flex flex-col gap-1">
            {/* Text, not a link: opened in this (staff) browser it would be refused anyway; it is
                here to be read out or copied for the client's own phone (E1). */}
            <span className="break-all font-mono select-all" data-testid="evaluation-link" data-url={invitation.url}>{invitation.url}</span>
            {open && <span className="text-xs text-slate-500">请服务对象用本人手机扫码或输入链接评价；工作人员不能代为评价。</span>}
          </dd>
          <dt className="text-slate-600">有效期至</dt>
          <dd>{fmt(invitation.expiresAt)}</dd>
          {invitation.usedAt && (
            <>
              <dt className="text-slate-600">评价时间</dt>
              <dd>{fmt(invitation.usedAt)}</dd>
            </>
          )}
        </dl>
      </CardContent>
    </Card>
  );
}
