import type ExcelJS from "exceljs";

// every template carries a hidden version sheet, so an upload made with an old or a foreign
// template is refused with a clear message instead of being mis-read column by column.

const VERSION_SHEET = "_version";

export type TemplateVersion = { template: string; version: string };

export function addVersionSheet(wb: ExcelJS.Workbook, v: TemplateVersion): void {
  const ws = wb.addWorksheet(VERSION_SHEET, { state: "veryHidden" });
  ws.addRow(["template", v.template]);
  ws.addRow(["version", v.version]);
}

export function readVersionSheet(wb: ExcelJS.Workbook): TemplateVersion | null {
  const ws = wb.getWorksheet(VERSION_SHEET);
  if (!ws) return null;
  const get = (row: number) => String(ws.getCell(row, 2).value ?? "").trim();
  const template = get(1);
  const version = get(2);
  return template && version ? { template, version } : null;
}
