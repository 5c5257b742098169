import "server-only";
import { recordAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import type { Scope } from "@/lib/core/scope";
import { addTableSheet, createWorkbook, sha256Hex, workbookToBuffer } from "@/lib/core/xlsx/workbook";
import { addVersionSheet } from "@/lib/core/xlsx/version-sheet";
import { watermarkOf } from "@/lib/core/xlsx/watermark";
import { xlsxFileName } from "@/lib/core/xlsx/file-name";
import { ERROR_COLUMN_HEADER, IMPORT_COLUMNS, TEMPLATE_ID, TEMPLATE_VERSION } from "./columns";
import { loadErrorRowsForOwner } from "./queries";
import { scopeUnitCode } from "@/lib/ic/export/unit-code";

/**
 * X-22 "downloadable error file with an error column": the uploader's own rows that failed, with
 * the original cells (so they can be corrected) plus 错误说明. It carries the template's version
 * sheet, so the corrected file can be uploaded again as it is. It returns full ID numbers the
 * uploader typed in, so it is audited as an unmasked EXPORT of the uploader's own data.
 */
export async function buildImportErrorWorkbook(scope: Scope, jobId: string) {
  const { job, rows } = await loadErrorRowsForOwner(scope, jobId);
  const unitCode = await scopeUnitCode(scope);
  const wb = createWorkbook();
  addTableSheet(
    wb,
    "错误行",
    [
      { header: "原行号", width: 8, value: (r: (typeof rows)[number]) => r.rowNo },
      ...IMPORT_COLUMNS.map((c) => ({ header: c.header, width: c.width, text: true, value: (r: (typeof rows)[number]) => r.cells[c.key] ?? "" })),
      { header: ERROR_COLUMN_HEADER, width: 60, value: (r: (typeof rows)[number]) => r.errors.map((e) => `【${e.column}】${e.message}`).join("；") },
    ],
    rows,
    { watermark: watermarkOf(scope) },
  );
  addVersionSheet(wb, { template: TEMPLATE_ID, version: TEMPLATE_VERSION });
  const bytes = await workbookToBuffer(wb);
  const sha256 = sha256Hex(bytes);
  await recordAudit(actorOf(scope), {
    action: "EXPORT", entityType: "ImportJob", entityId: job.id, orgPath: job.orgPath,
    reason: "下载导入错误行（本人上传的原始内容）",
    diff: { list: "导入错误行", criteria: { importJobId: job.id }, rowCount: rows.length, masked: false, sha256 },
  });
  return { bytes, fileName: xlsxFileName(unitCode, "导入错误行", new Date()) };
}
