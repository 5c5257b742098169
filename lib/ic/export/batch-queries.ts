import "server-only";
import { recordAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { NotFound } from "@/lib/core/errors";
import { assertCan } from "@/lib/core/permissions";
import { maskMobile } from "@/lib/core/mask";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { getBlobStore } from "@/lib/core/storage/blob-store";
import { xlsxFileName } from "@/lib/core/xlsx/file-name";
import { scopeUnitCode } from "./unit-code";

export type RejectedEntry = { profileId: string; reason: string; at: string; byId: string };

export async function listExportBatches(scope: Scope, take = 50) {
  assertCan(scope, "ic.provincialExport");
  const rows = await scopedDb(scope).profileExportBatch.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, batchNo: true, mode: true, createdAt: true, recordCount: true, templateVersion: true, acknowledgedAt: true, rejected: true, sha256: true },
  });
  return rows.map(({ rejected, ...r }) => ({ ...r, rejectedCount: (rejected as RejectedEntry[]).length }));
}

export const BATCH_PAGE_SIZE = 100;

/** One batch with a page of its profiles (masked, X-10) and which may still be marked as rejected. */
export async function getExportBatch(scope: Scope, id: string, page = 1) {
  assertCan(scope, "ic.provincialExport");
  const sdb = scopedDb(scope);
  const batch = await sdb.profileExportBatch.findFirst({ where: { id } });
  if (!batch) throw new NotFound("上报批次不存在或无权访问");
  const ids = batch.profileIds.slice((page - 1) * BATCH_PAGE_SIZE, page * BATCH_PAGE_SIZE);
  const profiles = await sdb.subjectProfile.findMany({
    where: { id: { in: ids } },
    select: {
      id: true, fileNo: true, status: true, exportBatchId: true, primaryCategory: true,
      person: { select: { name: true, idMasked: true, mobile: true, orgUnit: { select: { name: true } } } },
    },
  });
  const byId = new Map(profiles.map((p) => [p.id, p]));
  const rejected = batch.rejected as RejectedEntry[];
  return {
    ...batch,
    rejected,
    page,
    hasNext: batch.profileIds.length > page * BATCH_PAGE_SIZE,
    rows: ids.flatMap((pid) => {
      const p = byId.get(pid);
      if (!p) return [];
      return [{
        ...p, person: { ...p.person, mobile: maskMobile(p.person.mobile) },
        rejection: rejected.filter((r) => r.profileId === pid).at(-1) ?? null,
        canReject: p.status === "EXPORTED" && p.exportBatchId === batch.id,
      }];
    }),
  };
}

/** Re-download of the stored (still encrypted) file; every download is an EXPORT event. */
export async function downloadExportBatch(scope: Scope, id: string) {
  assertCan(scope, "ic.provincialExport");
  const batch = await scopedDb(scope).profileExportBatch.findFirst({ where: { id }, select: { id: true, batchNo: true, fileKey: true, sha256: true, recordCount: true, orgPath: true, createdAt: true, mode: true } });
  if (!batch) throw new NotFound("上报批次不存在或无权访问");
  const bytes = await getBlobStore().get(batch.fileKey);
  await recordAudit(actorOf(scope), {
    action: "EXPORT", entityType: "ProfileExportBatch", entityId: batch.id, orgPath: batch.orgPath, reason: "重新下载省级上报文件（已加密）",
    diff: { list: "省级上报", criteria: { batchNo: batch.batchNo, mode: batch.mode }, rowCount: batch.recordCount, masked: false, passwordProtected: true, sha256: batch.sha256 },
  });
  return { bytes, fileName: xlsxFileName(await scopeUnitCode(scope), `省级上报${batch.batchNo}`, batch.createdAt) };
}
