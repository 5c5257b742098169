import "server-only";
import type { Scope } from "@/lib/core/scope";
import { addTableSheet, createWorkbook, sha256Hex, workbookToBuffer } from "@/lib/core/xlsx/workbook";
import { addVersionSheet } from "@/lib/core/xlsx/version-sheet";
import { watermarkOf } from "@/lib/core/xlsx/watermark";
import { encryptXlsx, generateFilePassword } from "@/lib/core/xlsx/encrypt";
import type { ProvincialRow, ProvincialTemplate } from "./provincial-template";

/**
 * The provincial file: the template's sheet with the watermark, a hidden version sheet
 * (template + batch), then encrypted with a fresh password. The hash is of the encrypted
 * bytes — the file that actually leaves the building.
 */
export async function buildProvincialFile(
  scope: Scope,
  template: ProvincialTemplate,
  rows: readonly ProvincialRow[],
  meta: { batchNo: string; mode: string; at: Date },
) {
  const wb = createWorkbook();
  addTableSheet(wb, template.sheetName, template.columns, rows, { watermark: watermarkOf(scope, meta.at) });
  addVersionSheet(wb, { template: template.version, version: `${meta.batchNo}/${meta.mode}` });
  const password = generateFilePassword();
  const bytes = encryptXlsx(await workbookToBuffer(wb), password);
  return { bytes, password, sha256: sha256Hex(bytes) };
}
