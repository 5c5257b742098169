import "server-only";
import { createWorkbook, addTableSheet, workbookToBuffer } from "@/lib/core/xlsx/workbook";
import { addDropdown, addListRange } from "@/lib/core/xlsx/dropdowns";
import { addVersionSheet } from "@/lib/core/xlsx/version-sheet";
import { CATEGORY_LABELS, CHANNEL_LABELS } from "@/lib/ic/labels";
import { IMPORT_COLUMNS, MAX_ROWS, TEMPLATE_ID, TEMPLATE_VERSION } from "./columns";

const CATEGORY_KEYS = new Set(["primaryCategory", "category2", "category3"]);

/**
 * the downloadable template — Chinese headers (required ones starred), category dropdowns
 * from CATEGORY_LABELS (the one label map), a 填写说明 sheet and the hidden version sheet.
 * Unit codes get no dropdown: a city has ~550 villages, so a code or name is typed and validated.
 */
export async function buildImportTemplate(): Promise<Buffer> {
  const wb = createWorkbook();
  const ws = addTableSheet(
    wb,
    "人员信息",
    IMPORT_COLUMNS.map((c) => ({ header: c.required ? `*${c.header}` : c.header, width: c.width, text: c.text, value: () => null })),
    [],
  );
  const categoryRange = addListRange(wb, "人员类别", Object.values(CATEGORY_LABELS));
  IMPORT_COLUMNS.forEach((c, i) => {
    if (CATEGORY_KEYS.has(c.key)) addDropdown(ws, i + 1, 2, MAX_ROWS + 1, categoryRange, { allowBlank: !c.required });
    ws.getCell(1, i + 1).note = c.note;
  });

  const help = wb.addWorksheet("填写说明");
  help.columns = [{ width: 22 }, { width: 80 }];
  help.addRow(["列", "填写要求"]).font = { bold: true };
  for (const c of IMPORT_COLUMNS) help.addRow([c.required ? `*${c.header}（必填）` : c.header, c.note]);
  help.addRow([]);
  help.addRow(["采集方式", `固定为“${CHANNEL_LABELS.IMPORT}”，无需填写`]);
  help.addRow(["审核状态", "导入的档案一律为“草稿”，须逐级提交审核，不会自动通过（X-22）"]);
  help.addRow(["数量限制", `单个文件不超过10MB、${MAX_ROWS}行`]);
  help.addRow(["模板版本", TEMPLATE_VERSION]);

  addVersionSheet(wb, { template: TEMPLATE_ID, version: TEMPLATE_VERSION });
  return workbookToBuffer(wb);
}
