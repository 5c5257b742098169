// A report is a title, notes and tables: the page renders the tables and the xlsx export writes
// one sheet per table, so screen and file can never disagree (X-23 "every report exportable").

export type Cell = string | number | null;

export type ReportRow = {
  /** Set on rows that stand for a child unit: the page links them for drill-down (`?unit=`). */
  unitCode?: string;
  cells: Cell[];
};

export type ReportTable = { title: string; columns: string[]; rows: ReportRow[] };

export type ReportResult = { title: string; notes: string[]; tables: ReportTable[] };

export const REPORTS = {
  pipeline: "审核进度",
  returns: "退回分析",
  stale: "逾期未更新",
  census: "人员类别统计",
  coverage: "应采尽采情况",
  "export-log": "上报记录",
} as const;

export type ReportKey = keyof typeof REPORTS;

export function isReportKey(v: string): v is ReportKey {
  return Object.hasOwn(REPORTS, v);
}

/** Shares as "87.5%"; "—" when there is nothing to divide by. */
export function percent(part: number, whole: number): string {
  return whole > 0 ? `${((part / whole) * 100).toFixed(1)}%` : "—";
}
