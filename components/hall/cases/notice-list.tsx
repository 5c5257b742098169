import { PrintButton } from "@/components/forms/print-button";
import { Badge } from "@/components/ui/badge";
import { formatShanghaiDateTime } from "@/lib/core/pdf/time";
import { NOTICE_STATUS_LABELS } from "@/lib/hall/labels";
import type { CaseDetail } from "@/lib/hall/cases/detail";
import { NoticeDecisionForm } from "./notice-decision-form";

type Notice = CaseDetail["notices"][number];
type Named = { name: string };

/** The case's one-time notices (§7.6), printable once issued; a second notice waits for a reviewer. */
export function NoticeList({ notices, canDecide, userId }: { notices: Notice[]; canDecide: boolean; userId: string }) {
  if (notices.length === 0) return <p className="text-sm text-slate-600">尚未出具告知单。</p>;
  return (
    <ul className="flex flex-col gap-3" data-testid="notice-list">
      {notices.map((n) => {
        const missing = n.missingMaterials as Named[];
        const defective = n.defectiveMaterials as (Named & { defect: string })[];
        return (
          <li key={n.id} className="rounded-md border border-slate-200 p-3" data-testid={`notice-${n.sequence}`}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="font-medium">
                第{n.sequence}次告知 <span className="font-mono text-sm">{n.noticeNo}</span>{" "}
                <Badge tone={n.status === "ISSUED" ? "success" : n.status === "REFUSED" ? "neutral" : "warning"}>{NOTICE_STATUS_LABELS[n.status]}</Badge>
              </p>
              {n.status === "ISSUED" && <PrintButton action={`/api/hall/print/notice/${n.id}`} label="打印一次性告知单" testId={`print-notice-${n.sequence}`} />}
            </div>
            <p className="text-sm text-slate-700">
              {n.issuedByName} · {formatShanghaiDateTime(n.issuedAt)}
              {!n.inScope && ` · 不属于本窗口职权，已引导至：${n.competentAuthority}`}
            </p>
            {missing.length > 0 && <p className="text-sm">需补交：{missing.map((m) => m.name).join("、")}</p>}
            {defective.length > 0 && <p className="text-sm">需补正：{defective.map((m) => `${m.name}（${m.defect}）`).join("、")}</p>}
            {n.refusalReason && <p className="text-sm">不予办理/受理理由：{n.refusalReason}</p>}
            {n.secondNoticeReason && <p className="text-sm">二次告知原因：{n.secondNoticeReason}{n.approvedByName !== "—" && `（${n.approvedByName}）`}</p>}
            {n.status === "PENDING_APPROVAL" && canDecide && n.issuedById !== userId && (
              <div className="mt-2"><NoticeDecisionForm noticeId={n.id} version={n.version} proposed={n.secondNoticeReason} /></div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
