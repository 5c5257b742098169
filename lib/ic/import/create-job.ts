import "server-only";
import { db } from "@/lib/core/db";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { sha256Hex } from "@/lib/core/xlsx/workbook";
import { loadWorkbook, readSheet } from "@/lib/core/xlsx/read-sheet";
import { isEncryptedXlsx } from "@/lib/core/xlsx/encrypt";
import { isSafeXlsxZip } from "@/lib/core/xlsx/zip-guard";
import { ACCEPTED_VERSIONS, IMPORT_COLUMNS, IMPORT_KIND, MAX_FILE_BYTES, MAX_ROWS, TEMPLATE_ID } from "./columns";
import { ImportFileError } from "./errors";
import { resolveRows } from "./resolve-rows";
import type { ImportPreview, ImportRow } from "./row-types";

/**
 * X-22 upload → parse → validate → ImportJob (status VALIDATED). Nothing is written to the
 * registry here; the clerk previews the errors and then chooses how to commit.
 */
export async function createImportJob(scope: Scope, file: { name: string; bytes: Buffer }, opts: { today?: Date } = {}) {
  assertCan(scope, "ic.import");
  if (file.bytes.length === 0) throw new ImportFileError("NO_FILE");
  if (file.bytes.length > MAX_FILE_BYTES) throw new ImportFileError("TOO_LARGE");
  if (isEncryptedSafe(file.bytes)) throw new ImportFileError("ENCRYPTED");
  if (!isSafeXlsxZip(file.bytes)) throw new ImportFileError("NOT_XLSX");
  let wb;
  try {
    wb = await loadWorkbook(file.bytes);
  } catch {
    throw new ImportFileError("NOT_XLSX");
  }
  const sheet = readSheet(wb, IMPORT_COLUMNS, { anchorKey: "idNumber", maxRows: MAX_ROWS });
  if (!sheet.version || sheet.version.template !== TEMPLATE_ID) throw new ImportFileError("WRONG_TEMPLATE");
  if (!ACCEPTED_VERSIONS.includes(sheet.version.version)) throw new ImportFileError("OLD_TEMPLATE");
  const requiredMissing = IMPORT_COLUMNS.filter((c) => c.required && sheet.missing.includes(c.key));
  if (requiredMissing.length) throw new ImportFileError("MISSING_COLUMNS");
  if (sheet.truncated) throw new ImportFileError("TOO_MANY_ROWS");
  if (sheet.rows.length === 0) throw new ImportFileError("NO_ROWS");

  const rows = await resolveRows(scope, sheet.rows, opts.today);
  const preview = summarize(rows);
  const errorCount = rows.filter((r) => r.errors.length > 0).length;
  const job = await db.importJob.create({
    data: {
      kind: IMPORT_KIND,
      fileName: file.name.slice(0, 200),
      sha256: sha256Hex(file.bytes),
      rows: rows as unknown as object,
      validCount: rows.length - errorCount,
      errorCount,
      status: "VALIDATED",
      result: { preview },
      createdById: scope.userId,
      orgUnitId: scope.orgUnitId,
      orgPath: scope.orgPath,
    },
    select: { id: true, validCount: true, errorCount: true },
  });
  return { ...job, preview };
}

function summarize(rows: readonly ImportRow[]): ImportPreview {
  const ok = rows.filter((r) => r.data);
  return {
    newCount: ok.filter((r) => !r.data!.existingPersonId).length,
    duplicateCount: ok.filter((r) => r.data!.existingPersonId).length,
    convertedCount: ok.filter((r) => r.data!.idConverted).length,
    warningCount: rows.filter((r) => r.warnings.length > 0).length,
  };
}

/** officecrypto-tool throws on some non-OLE inputs; a file it cannot judge is simply not encrypted. */
function isEncryptedSafe(bytes: Buffer): boolean {
  try {
    return isEncryptedXlsx(bytes);
  } catch {
    return false;
  }
}
