import "server-only";
import ExcelJS from "exceljs";
import { readVersionSheet, type TemplateVersion } from "./version-sheet";

// Reading an uploaded workbook into plain strings (X-22 "parse"). Columns are found by their
// Chinese header text, not by position, so a clerk who reorders or adds columns is not punished.

export type RawRow = {
  /** 1-based row number in the sheet, quoted in error messages ("第 12 行"). */
  rowNo: number;
  cells: Record<string, string>;
  /** Keys whose cell held a number too long for Excel to keep exactly (an 18-digit ID typed as a number). */
  lossy: string[];
};

export type SheetRead = {
  version: TemplateVersion | null;
  /** Header keys that were not found. */
  missing: string[];
  rows: RawRow[];
  /** Rows beyond `maxRows` were not read; the caller refuses the file. */
  truncated: boolean;
};

export type HeaderSpec = { key: string; header: string; aliases?: readonly string[] };

/** "*身份证号（必填）" → "身份证号": required markers and notes in brackets do not matter. */
export function normalizeHeader(text: string): string {
  return text.replace(/[*＊\s]/g, "").replace(/[（(][^）)]*[）)]$/, "");
}

export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // exceljs' own typings predate Node's generic Buffer; the runtime accepts any Buffer.
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

export function readSheet(
  wb: ExcelJS.Workbook,
  specs: readonly HeaderSpec[],
  opts: { anchorKey: string; maxRows: number; headerSearchRows?: number },
): SheetRead {
  const ws = wb.worksheets.find((s) => s.state === "visible" || s.state === undefined) ?? wb.worksheets[0];
  const version = readVersionSheet(wb);
  if (!ws) return { version, missing: specs.map((s) => s.key), rows: [], truncated: false };
  const byHeader = new Map<string, string>();
  for (const s of specs) for (const h of [s.header, ...(s.aliases ?? [])]) byHeader.set(normalizeHeader(h), s.key);
  const anchor = specs.find((s) => s.key === opts.anchorKey)!;

  // The header row is the first row (among the first few) that holds the anchor header; rows above
  // it (the watermark, a title) are ignored, so an error workbook can be fixed and uploaded again.
  let headerRow = 0;
  const colKey = new Map<number, string>();
  for (let r = 1; r <= (opts.headerSearchRows ?? 10) && r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const found = new Map<number, string>();
    row.eachCell((cell, col) => {
      const key = byHeader.get(normalizeHeader(cellText(cell.value)));
      if (key && ![...found.values()].includes(key)) found.set(col, key);
    });
    if ([...found.values()].includes(anchor.key)) {
      headerRow = r;
      found.forEach((k, c) => colKey.set(c, k));
      break;
    }
  }
  const present = new Set(colKey.values());
  const missing = specs.filter((s) => !present.has(s.key)).map((s) => s.key);
  if (!headerRow) return { version, missing, rows: [], truncated: false };

  const rows: RawRow[] = [];
  let truncated = false;
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: Record<string, string> = {};
    const lossy: string[] = [];
    let any = false;
    for (const [col, key] of colKey) {
      const v = row.getCell(col).value;
      if (typeof v === "number" && Math.abs(v) > Number.MAX_SAFE_INTEGER) lossy.push(key);
      const text = cellText(v).trim();
      cells[key] = text;
      if (text) any = true;
    }
    if (!any) continue; // blank rows between data are common and harmless
    if (rows.length >= opts.maxRows) {
      truncated = true;
      break;
    }
    rows.push({ rowNo: r, cells, lossy });
  }
  return { version, missing, rows, truncated };
}

/** Any exceljs cell value as the text a clerk sees in Excel. */
export function cellText(v: ExcelJS.CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return Number.isInteger(v) ? BigInt(v).toString() : String(v);
  if (typeof v === "boolean") return v ? "是" : "否";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("text" in v && typeof v.text === "string") return v.text;
    if ("result" in v) return cellText(v.result as ExcelJS.CellValue);
    if ("error" in v) return "";
  }
  return String(v);
}
