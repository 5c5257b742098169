import "server-only";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { censusReport, type CensusBasis } from "./census";
import { coverageReport } from "./coverage";
import { exportLogReport } from "./export-log";
import { pipelineReport } from "./pipeline";
import { resolveReportUnit } from "./report-unit";
import { returnsReport } from "./returns";
import { staleReport } from "./stale";
import type { ReportKey, ReportResult } from "./types";

export type ReportParams = { unit?: string; basis?: string };

/**
 * Runs one §3.1.5 report for the caller's scope, or returns null when the drill-down unit is not
 * in the scope (the page answers 404). Permission report.read is checked here, not only in the UI.
 */
export async function runReport(scope: Scope, key: ReportKey, params: ReportParams) {
  assertCan(scope, "report.read");
  const ru = await resolveReportUnit(scope, params.unit || undefined);
  if (!ru) return null;
  const basis: CensusBasis = params.basis === "all" ? "all" : "active";
  const run: Record<ReportKey, () => Promise<ReportResult>> = {
    pipeline: () => pipelineReport(ru),
    returns: () => returnsReport(ru),
    stale: () => staleReport(scope, ru),
    census: () => censusReport(ru, basis),
    coverage: () => coverageReport(ru),
    "export-log": () => exportLogReport(scope, ru),
  };
  return { unit: ru.unit, ancestors: ru.ancestors, children: ru.children, basis, report: await run[key]() };
}
