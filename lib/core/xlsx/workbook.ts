import "server-only";
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { applyWatermark, type Watermark } from "./watermark";

// Shared exceljs helpers: every export and template is built the same way, so Chinese
// headers, the watermark and the column widths look alike across modules.

export type Column<Row> = {
  /** Chinese header text. */
  header: string;
  /** Width in characters; Chinese glyphs count as two. */
  width?: number;
  /** Text columns are stored as strings so Excel never turns an 18-digit ID into 1.1E+17. */
  text?: boolean;
  value: (row: Row) => string | number | Date | null | undefined;
};

export function createWorkbook(creator = "青岛市退役军人政务服务管理系统"): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.created = new Date();
  return wb;
}

/**
 * One sheet: optional watermark row, a bold header row, then the rows. Returns the sheet so
 * callers can add dropdowns or notes. The header row is frozen so it stays visible when scrolling.
 */
export function addTableSheet<Row>(
  wb: ExcelJS.Workbook,
  name: string,
  columns: readonly Column<Row>[],
  rows: Iterable<Row>,
  opts: { watermark?: Watermark } = {},
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(safeSheetName(name));
  ws.columns = columns.map((c) => ({ width: c.width ?? Math.max(10, displayWidth(c.header) + 2), style: c.text ? { numFmt: "@" } : {} }));
  if (opts.watermark) applyWatermark(ws, opts.watermark, columns.length);
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
  ws.views = [{ state: "frozen", ySplit: header.number }];
  for (const row of rows) {
    ws.addRow(columns.map((c) => {
      const v = c.value(row);
      if (v === null || v === undefined) return null;
      return c.text ? String(v) : v;
    }));
  }
  return ws;
}

export async function workbookToBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** X-01 EXPORT/IMPORT events carry the file hash, so a leaked file can be traced to its event. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Excel forbids []:*?/\ in sheet names and cuts them at 31 characters. */
export function safeSheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, "_").slice(0, 31) || "Sheet1";
}

/** Approximate column width: CJK and full-width characters take two cells. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\uFFFF]/.test(ch) ? 2 : 1;
  return w;
}
