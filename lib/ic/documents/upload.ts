import "server-only";
import { createHash } from "node:crypto";
import { db, type Tx } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { assertCan } from "@/lib/core/permissions";
import { DomainError, FieldError, InvalidTransition } from "@/lib/core/errors";
import type { Scope } from "@/lib/core/scope";
import { getBlobStore } from "@/lib/core/storage/blob-store";
import { newBlobKey } from "@/lib/core/storage/blob-key";
import { getVirusScanner } from "@/lib/core/storage/virus-scanner";
import { syncDocumentChecklist } from "@/lib/ic/assessment";
import { loadProfileInScope } from "./load";
import { DOC_SENSITIVITY, MAX_FILES_PER_ROW, isDocEditable } from "./rules";
import { UploadTarget } from "./schemas";
import { parseInput } from "@/lib/core/parse-input";
import { checkUploadFile, type CheckedFile, type IncomingFile } from "./validate-file";

/**
 * Attaches scans to one checklist row (V-FILE, IC-03). All files are checked before any is kept,
 * so a batch is accepted or refused as a whole. The row becomes "已提供" and the checklist and
 * completeness are recomputed in the same transaction.
 */
export async function uploadDocumentFiles(scope: Scope, raw: UploadTarget, files: IncomingFile[]): Promise<{ attachmentIds: string[] }> {
  assertCan(scope, "ic.write");
  const target = parseInput(UploadTarget, raw);
  const profile = await loadProfileInScope(scope, target.profileId);
  if (!isDocEditable(profile.status)) throw new InvalidTransition("档案已提交审核，不能再上传材料；如需补充请由审核人员退回");
  if (files.length === 0) throw new FieldError("files", "请选择要上传的文件");
  const checked: CheckedFile[] = [];
  for (const f of files) checked.push(await checkUploadFile(f, target.docType));
  const scans = await scanAll(checked);

  const store = getBlobStore();
  const stored = checked.map((f, i) => ({ ...f, scan: scans[i], key: newBlobKey("ic"), sha256: createHash("sha256").update(f.bytes).digest("hex") }));
  for (const f of stored) await store.put(f.key, f.bytes);
  try {
    return await db.$transaction(async (tx) => {
      const check = await findOrCreateRow(tx, profile.id, target.docType, target.itemKey ?? "");
      const existing = await tx.attachment.count({ where: { checkId: check.id, deletedAt: null } });
      if (existing + stored.length > MAX_FILES_PER_ROW) {
        throw new FieldError("files", `每项材料最多${MAX_FILES_PER_ROW}个文件，已有${existing}个`);
      }
      const ids: string[] = [];
      for (const f of stored) {
        const a = await tx.attachment.create({
          data: {
            fileKey: f.key, fileName: f.fileName, mime: f.mime, size: f.bytes.byteLength, sha256: f.sha256,
            docType: target.docType, sensitivity: DOC_SENSITIVITY[target.docType], scanStatus: f.scan,
            checkId: check.id, uploadedById: scope.userId, orgPath: profile.orgPath,
          },
        });
        ids.push(a.id);
        await writeAudit(tx, actorOf(scope), {
          action: "CREATE", entityType: "Attachment", entityId: a.id, personId: profile.personId, orgPath: profile.orgPath,
          diff: { docType: target.docType, fileName: f.fileName, mime: f.mime, size: a.size, sha256: f.sha256 },
        });
      }
      await tx.sourceDocumentCheck.update({ where: { id: check.id }, data: { provided: "YES", naReason: null } });
      await syncDocumentChecklist(tx, profile.id);
      return { attachmentIds: ids };
    });
  } catch (e) {
    // The rows were not written: drop the blobs too, so storage holds no orphans.
    await Promise.allSettled(stored.map((f) => store.delete(f.key)));
    throw e;
  }
}

/** V-FILE "virus-scanned before it is accepted"; with the X-37 default scanner this is a no-op. */
async function scanAll(files: CheckedFile[]): Promise<("CLEAN" | "NOT_SCANNED")[]> {
  const scanner = getVirusScanner();
  const results: ("CLEAN" | "NOT_SCANNED")[] = [];
  for (const f of files) {
    const r = await scanner.scan(f.bytes);
    if (r === "INFECTED") throw new FieldError("files", `“${f.fileName}”未通过病毒检查，已拒收`);
    results.push(r);
  }
  return results;
}


/**
 * Required rows come from syncDocumentChecklist (run once more in case the data changed since);
 * only 其他证明 may be added by the clerk.
 */
async function findOrCreateRow(tx: Tx, profileId: string, docType: UploadTarget["docType"], itemKey: string) {
  const find = () => tx.sourceDocumentCheck.findUnique({ where: { profileId_docType_itemKey: { profileId, docType, itemKey } } });
  const row = await find();
  if (row) return row;
  if (docType === "OTHER_PROOF") return tx.sourceDocumentCheck.create({ data: { profileId, docType, itemKey } });
  await syncDocumentChecklist(tx, profileId);
  const synced = await find();
  if (!synced) throw new DomainError("该材料不在本档案的核验清单中，请刷新页面后重试");
  return synced;
}
