import "server-only";
import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { NotFound } from "@/lib/core/errors";
import { can } from "@/lib/core/permissions";
import { isPathInScope, type Scope } from "@/lib/core/scope";
import { getBlobStore } from "@/lib/core/storage/blob-store";
import type { RequestContext } from "@/lib/core/request-context";
import { DOC_TYPE_LABELS } from "@/lib/ic/labels";

/**
 * an attachment is served only after the scope check. A checklist attachment is judged by
 * its profile's CURRENT unit (a transferred profile moves with its scans, IC-11); a loose one by
 * its own orgPath. Viewing a SENSITIVE scan is audited before the bytes leave.
 * RESTRICTED files are for COUNSELLOR users only (ORG-26). Every refusal is NotFound.
 */
export async function openAttachment(scope: Scope, attachmentId: string, ctx?: RequestContext) {
  if (!can(scope, "ic.read")) throw new NotFound();
  const a = await db.attachment.findFirst({
    where: { id: attachmentId, deletedAt: null },
    include: { check: { select: { profile: { select: { orgPath: true, personId: true, deletedAt: true } } } } },
  });
  const profile = a?.check?.profile;
  const ownerPath = profile ? profile.orgPath : a?.orgPath;
  if (!a || !ownerPath || profile?.deletedAt || !isPathInScope(scope, ownerPath)) throw new NotFound("附件不存在或无权查看");
  if (a.sensitivity === "RESTRICTED" && !scope.capabilities.includes("COUNSELLOR")) throw new NotFound("附件不存在或无权查看");
  if (a.sensitivity !== "NORMAL") {
    await recordAudit(actorOf(scope), {
      action: "VIEW_FULL_PROFILE", entityType: "Attachment", entityId: a.id, personId: profile?.personId, orgPath: ownerPath,
      reason: `查看敏感附件：${a.docType ? DOC_TYPE_LABELS[a.docType] : "附件"}`,
      diff: { fileName: a.fileName, sensitivity: a.sensitivity },
    }, ctx);
  }
  const bytes = await getBlobStore().get(a.fileKey).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") throw new NotFound("附件文件已丢失，请联系系统管理员");
    throw e;
  });
  return { bytes, fileName: a.fileName, mime: a.mime };
}
