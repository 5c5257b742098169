import "server-only";
import { db } from "@/lib/core/db";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { NotFound } from "@/lib/core/errors";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { resolveReportUnit } from "@/lib/ic/reports/report-unit";
import { kpiCounts, type GroupBy } from "./counts";
import { parsePeriod } from "./period";
import { addCounts, ratesOf, ZERO, type KpiCounts, type KpiRates } from "./rates";

export type KpiParams = { unit?: string; by?: string; from?: string; to?: string };
export type KpiRow = { key: string; label: string; drillUnit?: string; counts: KpiCounts; rates: KpiRates };

const GROUPS: readonly GroupBy[] = ["unit", "window", "staff"];

/**
 * §3.12.10 / §3.14 KPIs of the hall for a period, by child unit (drill-down), by window or by staff
 * of the chosen unit: on-time completion, one-time notification, on-the-spot answers, satisfaction
 * and bad reviews. The unit comes from ?unit=<code> and must lie in the caller's subtree.
 */
export async function getKpiReport(scope: Scope, params: KpiParams, now = new Date()) {
  assertCan(scope, "hall.kpi");
  const ru = await resolveReportUnit(scope, params.unit);
  if (!ru) throw new NotFound("单位不存在或不在您的管辖范围内");
  const by = GROUPS.find((g) => g === params.by) ?? "unit";
  const period = parsePeriod(params.from, params.to, now);
  const counts = await kpiCounts({ by, path: ru.unit.path, unitId: ru.unit.id, childPart: ru.childPart }, period, todayInShanghai(now));
  const rows = await labelRows(by, ru, counts);
  const total = rows.reduce((sum, r) => addCounts(sum, r.counts), ZERO);
  return { unit: ru.unit, ancestors: ru.ancestors, by, period, rows, total: { counts: total, rates: ratesOf(total) } };
}
export type KpiReport = Awaited<ReturnType<typeof getKpiReport>>;

async function labelRows(by: GroupBy, ru: NonNullable<Awaited<ReturnType<typeof resolveReportUnit>>>, counts: Map<string, KpiCounts>): Promise<KpiRow[]> {
  const row = (key: string, label: string, drillUnit?: string): KpiRow => {
    const c = counts.get(key) ?? ZERO;
    return { key, label, drillUnit, counts: c, rates: ratesOf(c) };
  };
  if (by === "unit") {
    const rows = ru.children.map((c) => row(c.code, c.name, c.code));
    if (counts.has("") || rows.length === 0) rows.push(row("", `${ru.unit.name}（本级）`));
    return rows;
  }
  const keys = [...counts.keys()];
  if (by === "window") {
    const windows = await db.serviceWindow.findMany({ where: { orgUnitId: ru.unit.id }, orderBy: { windowNo: "asc" }, select: { id: true, windowNo: true, name: true } });
    return windows.map((w) => row(w.id, `${w.windowNo}号 ${w.name}`)).concat(keys.filter((k) => !windows.some((w) => w.id === k)).map((k) => row(k, "已撤销的窗口")));
  }
  const users = await db.user.findMany({ where: { id: { in: keys } }, select: { id: true, displayName: true, orgUnit: { select: { name: true } } } });
  return users
    .map((u) => row(u.id, `${u.displayName}（${u.orgUnit.name}）`))
    .sort((a, b) => b.counts.received + b.counts.evaluations - (a.counts.received + a.counts.evaluations));
}
