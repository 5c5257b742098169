import "server-only";
import { exportMaskedXlsx, sheetOf } from "@/lib/ic/export/list-export";
import type { Scope } from "@/lib/core/scope";
import { runReport, type ReportParams } from "./run-report";
import { REPORTS, type Cell, type ReportKey, type ReportRow } from "./types";

/** a report as xlsx — one sheet per table, the notes on a sheet of their own; audited EXPORT. */
export async function exportReport(scope: Scope, key: ReportKey, params: ReportParams) {
  const result = await runReport(scope, key, params);
  if (!result) return null;
  const { report, unit } = result;
  const sheets = report.tables.map((t, i) =>
    sheetOf<ReportRow>(
      `${i + 1}.${t.title}`,
      t.columns.map((header, c) => ({ header, width: c === 0 ? 28 : 14, value: (r: ReportRow): Cell => r.cells[c] })),
      t.rows,
    ),
  );
  sheets.push(sheetOf<string>("说明", [{ header: report.title, width: 100, value: (n) => n }], report.notes));
  return exportMaskedXlsx(scope, {
    listName: `${REPORTS[key]}_${unit.code}`,
    criteria: { report: key, unit: unit.code, basis: key === "census" ? result.basis : undefined },
    orgPath: unit.path,
    sheets,
  });
}
