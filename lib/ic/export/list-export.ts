import "server-only";
import { recordAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import type { Scope } from "@/lib/core/scope";
import { addTableSheet, createWorkbook, sha256Hex, workbookToBuffer, type Column } from "@/lib/core/xlsx/workbook";
import { watermarkOf } from "@/lib/core/xlsx/watermark";
import { xlsxFileName } from "@/lib/core/xlsx/file-name";
import { scopeUnitCode } from "./unit-code";

/** A sheet whose row type has been checked against its columns by sheetOf and then erased. */
export type ExportSheet = { name: string; columns: readonly Column<never>[]; rows: readonly unknown[] };

export function sheetOf<Row>(name: string, columns: readonly Column<Row>[], rows: readonly Row[]): ExportSheet {
  return { name, columns, rows };
}

/**
 * X-23 for any list or report: watermark (user, unit, time), file name {unitCode}_{listName}_{date},
 * and an EXPORT audit event with the criteria, row count, masked flag and file hash.
 * Callers pass rows that are ALREADY masked; unmasked exports go through the provincial
 * batch only (X-12, errata A4).
 */
export async function exportMaskedXlsx(
  scope: Scope,
  input: { listName: string; criteria: Record<string, unknown>; orgPath?: string; sheets: readonly ExportSheet[] },
) {
  const at = new Date();
  const wb = createWorkbook();
  const sheets = input.sheets;
  for (const s of sheets) addTableSheet(wb, s.name, s.columns, s.rows as never[], { watermark: watermarkOf(scope, at) });
  const bytes = await workbookToBuffer(wb);
  const sha256 = sha256Hex(bytes);
  const rowCount = sheets.reduce((n, s) => n + s.rows.length, 0);
  await recordAudit(actorOf(scope), {
    action: "EXPORT", entityType: "List", entityId: input.listName.slice(0, 40), orgPath: input.orgPath ?? scope.orgPath,
    diff: { list: input.listName, criteria: input.criteria, rowCount, masked: true, sha256 },
  });
  return { bytes, sha256, rowCount, fileName: xlsxFileName(await scopeUnitCode(scope), input.listName, at) };
}
