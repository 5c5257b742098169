import "server-only";
import { assertCan } from "@/lib/core/permissions";
import { loadUnitInScope, type Scope } from "@/lib/core/scope";
import { exportMaskedXlsx, sheetOf } from "@/lib/ic/export/list-export";
import type { Column } from "@/lib/core/xlsx/workbook";
import { totalOf } from "./figures";
import { DEFAULT_INDICATORS } from "./labels";
import { periodLabel, rangeFromParams, type DateRange } from "./period";
import { formatRate } from "./rating-rules";
import { satisfactionFigures, type FigureRow } from "./stats";

export type RankingParams = { from?: string; to?: string; unit?: string };

/**
 * /evaluation/rankings: units of the scope for a period (default this quarter); with `unit`, the
 * drill-down to that unit's windows and staff. Satisfaction rate = (非常满意 + 满意 + 基本满意) ÷ all.
 */
export async function getRankings(scope: Scope, params: RankingParams) {
  assertCan(scope, "eval.report");
  const range = rangeFromParams(params.from, params.to);
  if (params.unit) {
    const unit = await loadUnitInScope(scope, params.unit);
    const [windows, staff, units] = await Promise.all([
      satisfactionFigures(scope, { ...range, groupBy: "window", unitId: unit.id }),
      satisfactionFigures(scope, { ...range, groupBy: "staff", unitId: unit.id }),
      satisfactionFigures(scope, { ...range, groupBy: "unit", unitId: unit.id }),
    ]);
    return { range, unit: { id: unit.id, name: unit.name, code: unit.code }, units, windows, staff, total: totalOf(units) };
  }
  const units = await satisfactionFigures(scope, { ...range, groupBy: "unit" });
  return { range, unit: null, units, windows: [], staff: [], total: totalOf(units) };
}
export type Rankings = Awaited<ReturnType<typeof getRankings>>;

function columns(first: string): Column<FigureRow & { rank: number }>[] {
  return [
    { header: "排名", width: 6, value: (r) => r.rank },
    { header: first, width: 30, value: (r) => r.label },
    { header: "评价数", width: 8, value: (r) => r.count },
    { header: "满意数（含基本满意）", width: 12, value: (r) => r.satisfied },
    { header: "差评数", width: 8, value: (r) => r.badReviews },
    { header: "满意率", width: 9, value: (r) => formatRate(r.satisfactionRate) },
    { header: "差评率", width: 9, value: (r) => formatRate(r.badReviewRate) },
    ...DEFAULT_INDICATORS.map((i) => ({ header: i.label, width: 10, value: (r: FigureRow) => r.indicators[i.code] ?? null })),
  ];
}

const ranked = (rows: FigureRow[]) => rows.map((r, i) => ({ ...r, rank: i + 1 }));

/** the rankings as xlsx — watermark, unit-code file name, audited EXPORT (no personal data). */
export async function exportRankings(scope: Scope, params: RankingParams) {
  const r = await getRankings(scope, params);
  const title = `${r.range.from}至${r.range.to}`;
  const sheets = r.unit
    ? [sheetOf(`窗口排名`, columns("窗口"), ranked(r.windows)), sheetOf(`人员排名`, columns("工作人员"), ranked(r.staff))]
    : [sheetOf(`单位排名`, columns("单位"), ranked(r.units))];
  return exportMaskedXlsx(scope, {
    listName: `服务评价排名_${r.unit?.code ?? "全部"}`,
    criteria: { from: r.range.from, to: r.range.to, unit: r.unit?.code ?? null, title },
    sheets,
  });
}

export function rangeTitle(range: DateRange, periodKey?: string) {
  return periodKey ? periodLabel(periodKey) : `${range.from} 至 ${range.to}`;
}
