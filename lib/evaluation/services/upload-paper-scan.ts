import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { FieldError } from "@/lib/core/errors";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { getBlobStore } from "@/lib/core/storage/blob-store";
import { newBlobKey } from "@/lib/core/storage/blob-key";
import { getVirusScanner } from "@/lib/core/storage/virus-scanner";
import { checkUploadFile, type IncomingFile } from "@/lib/ic/documents/validate-file";

/**
 * SPEC §3.14.1 `paperFormFile`: the scan of a paper evaluation form (V-FILE), stored as a loose
 * attachment of the clerk's unit until an evaluation takes it. SENSITIVE: the form may carry the
 * client's name and phone, so every view of it is audited.
 */
export async function uploadPaperScan(scope: Scope, file: IncomingFile | undefined): Promise<{ attachmentId: string; fileName: string }> {
  assertCan(scope, "eval.enter");
  if (!file) throw new FieldError("paperAttachmentId", "请选择评价表扫描件");
  const checked = await checkUploadFile(file, "OTHER_PROOF").catch((e) => {
    if (e instanceof FieldError) throw new FieldError("paperAttachmentId", e.message);
    throw e;
  });
  const scan = await getVirusScanner().scan(checked.bytes);
  if (scan === "INFECTED") throw new FieldError("paperAttachmentId", `“${checked.fileName}”未通过病毒检查，已拒收`);
  const key = newBlobKey("eval");
  await getBlobStore().put(key, checked.bytes);
  const sha256 = createHash("sha256").update(checked.bytes).digest("hex");
  return db.$transaction(async (tx) => {
    const a = await tx.attachment.create({
      data: {
        fileKey: key, fileName: checked.fileName, mime: checked.mime, size: checked.bytes.byteLength, sha256, sensitivity: "SENSITIVE",
        scanStatus: scan, uploadedById: scope.userId, orgPath: scope.orgPath,
      },
    });
    await writeAudit(tx, actorOf(scope), {
      action: "CREATE", entityType: "Attachment", entityId: a.id, orgPath: a.orgPath,
      diff: { purpose: "EVALUATION_PAPER_FORM", fileName: a.fileName, mime: a.mime, size: a.size, sha256 },
    });
    return { attachmentId: a.id, fileName: a.fileName };
  });
}
