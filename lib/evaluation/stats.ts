import "server-only";
import { db } from "@/lib/core/db";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Satisfaction } from "@/lib/generated/prisma/enums";
import { figuresOf, indicatorAveragesOf, rankFigures, type CountRow, type Figures, type IndicatorAverageRow } from "./figures";
import { EVAL_CHANNEL_LABELS } from "./labels";
import { rangeInstants, type DateRange } from "./period";

export type GroupBy = "unit" | "window" | "staff" | "item" | "channel" | "all";

/** Whitelisted grouping columns: the only SQL that is not a bound parameter. */
const COLUMN: Record<GroupBy, Prisma.Sql> = {
  unit: Prisma.raw(`"orgUnitId"`),
  window: Prisma.raw(`"windowId"`),
  staff: Prisma.raw(`"staffUserId"`),
  item: Prisma.raw(`"serviceItemCode"`),
  channel: Prisma.raw(`"channel"::text`),
  all: Prisma.raw(`'ALL'::text`),
};

export type StatsQuery = DateRange & { groupBy: GroupBy; /** only this evaluated unit (drill-down) */ unitId?: string };

/**
 * The scope rule of lib/core/scope.ts in SQL (orgPath prefix of the caller's subtree), the period
 * in Asia/Shanghai, and optionally one evaluated unit. Paths hold only digits and slashes, so the
 * LIKE pattern needs no escaping; it is still a bound parameter.
 */
function whereOf(scope: Pick<Scope, "orgPath">, q: StatsQuery): Prisma.Sql {
  const { gte, lt } = rangeInstants(q);
  const unit = q.unitId ? Prisma.sql`AND "orgUnitId" = ${q.unitId}` : Prisma.empty;
  return Prisma.sql`"orgPath" LIKE ${`${scope.orgPath}%`} AND "submittedAt" >= ${gte} AND "submittedAt" < ${lt} ${unit}`;
}

async function countRows(scope: Scope, q: StatsQuery): Promise<CountRow[]> {
  const rows = await db.$queryRaw<{ key: string | null; overall: Satisfaction; n: bigint }[]>`
    SELECT ${COLUMN[q.groupBy]} AS key, "overall"::text AS overall, COUNT(*) AS n
    FROM "Evaluation" WHERE ${whereOf(scope, q)} GROUP BY 1, 2`;
  return rows.map((r) => ({ key: r.key, overall: r.overall, n: Number(r.n) }));
}

async function averageRows(scope: Scope, q: StatsQuery): Promise<IndicatorAverageRow[]> {
  const rows = await db.$queryRaw<{ key: string | null; code: string; avg: number; n: bigint }[]>`
    SELECT ${COLUMN[q.groupBy]} AS key, s.key AS code, AVG((s.value)::int)::float8 AS avg, COUNT(*) AS n
    FROM "Evaluation", jsonb_each_text(COALESCE("indicatorScores", '{}'::jsonb)) AS s
    WHERE ${whereOf(scope, q)} GROUP BY 1, 2`;
  return rows.map((r) => ({ key: r.key, code: r.code, avg: Number(r.avg), n: Number(r.n) }));
}

/** Human labels for group keys, loaded in one query per kind. */
async function labelsFor(groupBy: GroupBy, keys: (string | null)[]): Promise<Map<string | null, string>> {
  const ids = keys.filter((k): k is string => !!k);
  const none = new Map<string | null, string>([[null, groupBy === "window" ? "未指定窗口" : groupBy === "staff" ? "未指定人员" : "未指定事项"]]);
  if (groupBy === "all") return new Map(keys.map((k) => [k, "合计"]));
  if (groupBy === "channel") return new Map(keys.map((k) => [k, EVAL_CHANNEL_LABELS[k as keyof typeof EVAL_CHANNEL_LABELS] ?? String(k)]));
  if (ids.length === 0) return none;
  if (groupBy === "unit") {
    const rows = await db.orgUnit.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
    return new Map([...none, ...rows.map((r) => [r.id, r.name] as const)]);
  }
  if (groupBy === "window") {
    const rows = await db.serviceWindow.findMany({ where: { id: { in: ids } }, select: { id: true, windowNo: true, name: true } });
    return new Map([...none, ...rows.map((r) => [r.id, `${r.windowNo}号窗口 ${r.name}`] as const)]);
  }
  if (groupBy === "staff") {
    const rows = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } });
    return new Map([...none, ...rows.map((r) => [r.id, r.displayName] as const)]);
  }
  const rows = await db.serviceItem.findMany({ where: { code: { in: ids } }, orderBy: { itemVersion: "desc" }, select: { code: true, name: true } });
  const byCode = new Map<string | null, string>(none);
  for (const r of rows) if (!byCode.has(r.code)) byCode.set(r.code, `${r.name}（${r.code}）`);
  return byCode;
}

export type FigureRow = Figures & { label: string; indicators: Record<string, number> };

/**
 * For the lead's desks, the KPI page, the rankings and the analysis: one row per unit, window,
 * staff member, item or channel — count, satisfied, bad reviews and both rates — best first.
 */
export async function satisfactionFigures(scope: Scope, q: StatsQuery): Promise<FigureRow[]> {
  assertCan(scope, "eval.read");
  const [counts, averages] = await Promise.all([countRows(scope, q), averageRows(scope, q)]);
  const figures = figuresOf(counts);
  const labels = await labelsFor(q.groupBy, figures.map((f) => f.key));
  const avg = indicatorAveragesOf(averages);
  return rankFigures(figures.map((f) => ({ ...f, label: labels.get(f.key) ?? String(f.key), indicators: avg.get(f.key) ?? {} })));
}
