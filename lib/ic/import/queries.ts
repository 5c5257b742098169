import "server-only";
import { db } from "@/lib/core/db";
import { decryptField } from "@/lib/core/crypto";
import { NotFound } from "@/lib/core/errors";
import { maskIdNumber } from "@/lib/core/mask";
import { scopedDb, type Scope } from "@/lib/core/scope";
import type { ImportCommitResult, ImportPreview, RowError } from "./row-types";

export const PREVIEW_ERROR_ROWS = 50;

export type ImportErrorRowView = { rowNo: number; idMasked: string; name: string; errors: RowError[]; warnings: string[] };

/**
 * The preview page: counts and the first rows with errors. The rows array can hold 20,000
 * entries, so it is sliced in SQL instead of being loaded whole.
 */
export async function getImportJobView(scope: Scope, id: string) {
  const job = await scopedDb(scope).importJob.findFirst({
    where: { id },
    select: {
      id: true, fileName: true, sha256: true, validCount: true, errorCount: true, status: true, version: true,
      createdAt: true, committedAt: true, createdById: true, result: true,
    },
  });
  if (!job) throw new NotFound("导入任务不存在或无权访问");
  const [errorRows, warningRows] = await Promise.all([sampleRows(job.id, "errors"), sampleRows(job.id, "warnings")]);
  const result = (job.result ?? {}) as { preview?: ImportPreview; commit?: ImportCommitResult };
  const commit = result.commit && { ...result.commit, createdPersonIds: undefined, updatedPersonIds: undefined, idConvertedPersonIds: undefined, idConverted: result.commit.idConvertedPersonIds.length };
  return { ...job, result: undefined, preview: result.preview, commit, errorRows, warningRows, isOwner: job.createdById === scope.userId };
}

async function sampleRows(jobId: string, key: "errors" | "warnings"): Promise<ImportErrorRowView[]> {
  // jobId was loaded through scopedDb above; this only slices that job's own rows.
  const rows = await db.$queryRaw<{ r: { rowNo: number; label: { idMasked: string; name: string }; errors: RowError[]; warnings: string[] } }[]>`
    SELECT r FROM "ImportJob" j, jsonb_array_elements(j.rows) r
    WHERE j.id = ${jobId} AND jsonb_array_length(r->${key}) > 0
    LIMIT ${PREVIEW_ERROR_ROWS}`;
  return rows.map(({ r }) => ({ rowNo: r.rowNo, idMasked: maskIdNumber(r.label.idMasked), name: r.label.name, errors: r.errors, warnings: r.warnings }));
}

export async function listRecentImportJobs(scope: Scope, take = 20) {
  return scopedDb(scope).importJob.findMany({
    where: { createdById: scope.userId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, fileName: true, validCount: true, errorCount: true, status: true, createdAt: true, committedAt: true },
  });
}

/** The rows with errors, decrypted, for the error workbook (only the uploader gets them back). */
export async function loadErrorRowsForOwner(scope: Scope, id: string) {
  const job = await scopedDb(scope).importJob.findFirst({ where: { id, createdById: scope.userId }, select: { id: true, fileName: true, orgPath: true } });
  if (!job) throw new NotFound("导入任务不存在或无权访问");
  const rows = await db.$queryRaw<{ r: { rowNo: number; raw: string; errors: RowError[] } }[]>`
    SELECT r FROM "ImportJob" j, jsonb_array_elements(j.rows) r
    WHERE j.id = ${job.id} AND jsonb_array_length(r->'errors') > 0`;
  return {
    job,
    rows: rows.map(({ r }) => ({ rowNo: r.rowNo, cells: JSON.parse(decryptField(r.raw)) as Record<string, string>, errors: r.errors })),
  };
}
