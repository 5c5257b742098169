import type ExcelJS from "exceljs";

// "a data-validation dropdown for each enum using its Chinese labels". The lists live on a
// hidden sheet and are referenced by range, because an inline list is capped at 255 characters
// (the 16 category labels alone exceed it).

const LIST_SHEET = "_lists";

/** Adds (once) the hidden list sheet and a column holding `labels`; returns the range formula. */
export function addListRange(wb: ExcelJS.Workbook, key: string, labels: readonly string[]): string {
  let sheet = wb.getWorksheet(LIST_SHEET);
  if (!sheet) {
    sheet = wb.addWorksheet(LIST_SHEET, { state: "veryHidden" });
  }
  const col = sheet.columnCount + 1;
  sheet.getCell(1, col).value = key;
  labels.forEach((label, i) => (sheet.getCell(i + 2, col).value = label));
  const letter = sheet.getColumn(col).letter;
  return `'${LIST_SHEET}'!$${letter}$2:$${letter}$${labels.length + 1}`;
}

/** Applies a dropdown to rows [fromRow, toRow] of one column. Typing a value not in the list is refused. */
export function addDropdown(
  ws: ExcelJS.Worksheet,
  column: number,
  fromRow: number,
  toRow: number,
  range: string,
  opts: { allowBlank?: boolean; prompt?: string } = {},
): void {
  const letter = ws.getColumn(column).letter;
  // exceljs writes one <dataValidation> per address; a whole-range address keeps the file small.
  // exceljs has the API but not its typing (index.d.ts leaves `dataValidations` commented out).
  (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${letter}${fromRow}:${letter}${toRow}`, {
    type: "list",
    allowBlank: opts.allowBlank ?? true,
    formulae: [range],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "输入无效",
    error: "请从下拉列表中选择",
    showInputMessage: !!opts.prompt,
    prompt: opts.prompt,
  });
}
