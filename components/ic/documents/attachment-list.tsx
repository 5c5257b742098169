import { FileText, ImageIcon, Lock } from "lucide-react";
import type { DocumentRow } from "@/lib/ic/documents/queries";
import { RemoveAttachmentButton } from "./remove-attachment-button";

const sizeLabel = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

/** Scans open through /api/attachments/<id> (scope-checked and, when sensitive, audited: X-30). */
export function AttachmentList({ profileId, attachments, removable }: { profileId: string; attachments: DocumentRow["attachments"]; removable: boolean }) {
  if (attachments.length === 0) return <p className="text-sm text-slate-500">尚未上传扫描件</p>;
  return (
    <ul className="flex flex-col gap-1.5">
      {attachments.map((a) => (
        <li key={a.id} className="flex flex-wrap items-center gap-2 text-sm">
          {a.mime === "application/pdf" ? <FileText className="size-4 text-slate-500" aria-hidden /> : <ImageIcon className="size-4 text-slate-500" aria-hidden />}
          <a href={`/api/attachments/${a.id}`} target="_blank" rel="noopener" className="text-brand-700 underline underline-offset-2" data-testid="attachment-link">
            {a.fileName}
          </a>
          <span className="text-slate-500">{sizeLabel(a.size)}</span>
          {a.sensitivity !== "NORMAL" && (
            <span className="inline-flex items-center gap-1 text-xs text-amber-800" title="查看将记入审计日志">
              <Lock className="size-3" aria-hidden />敏感
            </span>
          )}
          {removable && <RemoveAttachmentButton profileId={profileId} attachmentId={a.id} fileName={a.fileName} />}
        </li>
      ))}
    </ul>
  );
}
