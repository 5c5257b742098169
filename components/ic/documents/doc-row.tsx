import { Badge } from "@/components/ui/badge";
import type { DocumentRow } from "@/lib/ic/documents/queries";
import { DOC_NEED_LABELS } from "@/lib/ic/documents/rules";
import { YES_NO_NA_LABELS } from "@/lib/ic/labels";
import { AttachmentList } from "./attachment-list";
import { DocStatusForm } from "./doc-status-form";
import { DocUpload } from "./doc-upload";
import { SightedToggle } from "./sighted-toggle";

const PROVIDED_TONE = { YES: "success", NO: "warning", NA: "neutral" } as const;

/** One checklist row: what, whether required, its mark, its scans, and the original check. */
export function DocRow({ profileId, row, editable, canSight }: { profileId: string; row: DocumentRow; editable: boolean; canSight: boolean }) {
  const suffix = row.itemKey ? `-${row.itemKey}` : "";
  return (
    <li className="flex flex-col gap-3 px-4 py-4" data-testid={`doc-row-${row.docType}${suffix}`}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-slate-900">{row.label}</span>
        <Badge tone={row.need === "REQUIRED" ? "info" : "neutral"}>{DOC_NEED_LABELS[row.need]}</Badge>
        {!editable && (
          <Badge tone={PROVIDED_TONE[row.provided]} data-testid={`doc-provided-${row.docType}${suffix}`}>
            {YES_NO_NA_LABELS[row.provided]}
          </Badge>
        )}
      </div>
      {!editable && row.provided === "NA" && (
        <p className="text-sm text-slate-700" data-testid={`doc-na-reason-${row.docType}${suffix}`}>不适用原因：{row.naReason}</p>
      )}
      {!editable && row.remark && <p className="text-sm text-slate-700">备注：{row.remark}</p>}
      <AttachmentList profileId={profileId} attachments={row.attachments} removable={editable} />
      {editable && <DocUpload profileId={profileId} docType={row.docType} itemKey={row.itemKey} />}
      {editable && (
        <DocStatusForm
          // The form keeps its own state; an upload (which marks the row 已提供) or another save
          // changes these on the server, so remount with them rather than show a stale mark.
          key={`${row.provided}|${row.naReason ?? ""}|${row.remark ?? ""}`}
          profileId={profileId}
          checkId={row.id}
          testSuffix={`${row.docType}${suffix}`}
          provided={row.provided}
          naReason={row.naReason}
          remark={row.remark}
          hasAttachments={row.attachments.length > 0}
        />
      )}
      <SightedToggle
        profileId={profileId}
        checkId={row.id}
        testSuffix={`${row.docType}${suffix}`}
        sighted={row.originalSighted}
        disabled={!canSight || row.provided !== "YES"}
        verifiedByName={row.verifiedByName}
        verifiedAt={row.verifiedAt ? row.verifiedAt.toISOString() : null}
      />
    </li>
  );
}
