import type ExcelJS from "exceljs";
import { formatShanghaiDateTime } from "@/lib/audit/format";

// "The header carries a watermark (user, unit, time)". Written twice: as the first row (seen
// on screen and survives copy-paste of the sheet) and as the print header (seen on paper).

export type Watermark = { userName: string; username: string; unitName: string; at: Date };

export function watermarkText(w: Watermark): string {
  return `导出人：${w.userName}（${w.username}）　单位：${w.unitName}　导出时间：${formatShanghaiDateTime(w.at)}　仅限工作使用，严禁外传`;
}

export function applyWatermark(ws: ExcelJS.Worksheet, w: Watermark, columnCount: number): void {
  const text = watermarkText(w);
  const row = ws.addRow([text]);
  if (columnCount > 1) ws.mergeCells(row.number, 1, row.number, columnCount);
  row.font = { italic: true, color: { argb: "FF64748B" }, size: 9 };
  row.height = 18;
  // &C centres the text in the page header; & must be doubled inside header/footer codes.
  ws.headerFooter.oddHeader = `&C&8${text.replace(/&/g, "&&")}`;
  ws.headerFooter.oddFooter = "&C第 &P 页，共 &N 页";
}

/** Builds the watermark from the signed-in user's scope. */
export function watermarkOf(scope: { displayName: string; username: string; orgUnitName: string }, at = new Date()): Watermark {
  return { userName: scope.displayName, username: scope.username, unitName: scope.orgUnitName, at };
}
