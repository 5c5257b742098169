import "server-only";
import { exportMaskedXlsx, sheetOf } from "@/lib/ic/export/list-export";
import type { Scope } from "@/lib/core/scope";
import { formatRate } from "./rates";
import { getKpiReport, type KpiParams, type KpiRow } from "./report";

const BY_LABELS = { unit: "按单位", window: "按窗口", staff: "按人员" } as const;

/** the KPI table as xlsx with the page's own parameters; watermarked and audited (EXPORT). */
export async function exportKpiReport(scope: Scope, params: KpiParams) {
  const r = await getKpiReport(scope, params);
  const all: KpiRow[] = [...r.rows, { key: "total", label: "合计", counts: r.total.counts, rates: r.total.rates }];
  const sheet = sheetOf<KpiRow>(`${BY_LABELS[r.by]}统计`, [
    { header: r.by === "unit" ? "单位" : r.by === "window" ? "窗口" : "工作人员", width: 30, value: (x) => x.label },
    { header: "受理登记", value: (x) => x.counts.received },
    { header: "限时办结（办结数）", value: (x) => x.counts.completedClocked },
    { header: "按期办结", value: (x) => x.counts.onTime },
    { header: "限时办结率", value: (x) => formatRate(x.rates.onTimeRate) },
    { header: "在办超期", value: (x) => x.counts.overdueOpen },
    { header: "告知件数", value: (x) => x.counts.noticed },
    { header: "二次告知件数", value: (x) => x.counts.noticedTwice },
    { header: "一次性告知率", value: (x) => formatRate(x.rates.oneTimeRate) },
    { header: "咨询", value: (x) => x.counts.consultations },
    { header: "当场解答率", value: (x) => formatRate(x.rates.onSpotRate) },
    { header: "评价", value: (x) => x.counts.evaluations },
    { header: "满意率", value: (x) => formatRate(x.rates.satisfactionRate) },
    { header: "差评", value: (x) => x.counts.bad },
    { header: "差评率", value: (x) => formatRate(x.rates.badRate) },
  ], all);
  return exportMaskedXlsx(scope, {
    listName: `服务统计_${r.unit.code}_${r.period.from}_${r.period.to}`,
    criteria: { unit: r.unit.code, by: r.by, ...r.period },
    orgPath: r.unit.path,
    sheets: [sheet],
  });
}
