/** One place for report URLs: drill-down keeps the report and its options, changes only the unit. */
export function reportHref(report: string, params: { unit?: string; basis?: string }): string {
  const qs = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1])).toString();
  return `/ic/reports/${report}${qs ? `?${qs}` : ""}`;
}

export function reportExportHref(report: string, params: { unit?: string; basis?: string }): string {
  const qs = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1])).toString();
  return `/api/ic/xlsx/reports/${report}${qs ? `?${qs}` : ""}`;
}

/** The unit code is the last segment of a materialised path (/370200/370202/ → 370202). */
export function codeOfPath(path: string): string {
  return path.split("/").filter(Boolean).at(-1) ?? "";
}
