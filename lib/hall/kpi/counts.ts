import "server-only";
import { db } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ZERO, type KpiCounts } from "./rates";
import { periodBounds, type Period } from "./period";

export type GroupBy = "unit" | "window" | "staff";

/**
 * The grouping of one KPI query. `path` is the drill-down unit's path, read from the database and
 * checked to lie inside the caller's scope by resolveReportUnit (lib/ic/reports/report-unit.ts):
 * every query below filters on it, so raw SQL never reaches wider than the session's scope.
 */
export type Grouping = { by: GroupBy; path: string; unitId: string; childPart: number };

type Table = { table: string; path: string; unit: string; window: string; staff: string };
const CASES: Table = { table: "ServiceCase", path: "hallOrgPath", unit: "hallOrgUnitId", window: "windowId", staff: "firstHandlerId" };
const CONSULTS: Table = { table: "Consultation", path: "orgPath", unit: "orgUnitId", window: "windowId", staff: "answeredById" };
const EVALS: Table = { table: "Evaluation", path: "orgPath", unit: "orgUnitId", window: "windowId", staff: "staffUserId" };

const col = (t: Table, c: string) => Prisma.raw(`t."${c}"`);

/** The group key and the rows it covers: child units of the subtree, or the unit's own windows / staff. */
function keyAndFilter(t: Table, g: Grouping) {
  const inSubtree = Prisma.sql`${col(t, t.path)} LIKE ${g.path} || '%'`;
  if (g.by === "unit") return { key: Prisma.sql`split_part(${col(t, t.path)}, '/', ${g.childPart})`, where: inSubtree };
  if (g.by === "window") return { key: Prisma.sql`${col(t, t.window)}`, where: Prisma.sql`${col(t, t.unit)} = ${g.unitId} AND ${col(t, t.window)} IS NOT NULL` };
  return { key: Prisma.sql`${col(t, t.staff)}`, where: Prisma.sql`${inSubtree} AND ${col(t, t.staff)} IS NOT NULL` };
}

/**
 * Case figures of the period: received (by receivedAt), completed on time (by completedAt, the due
 * date in force, Shanghai dates), open overdue (now), and the one-time-notification counts of the
 * cases received in the period. One pass over the period's cases plus one over their notices.
 */
async function caseCounts(g: Grouping, p: Period, today: string) {
  const { start, end } = periodBounds(p);
  const { key, where } = keyAndFilter(CASES, g);
  const rows = await db.$queryRaw<{ k: string | null; received: number; completed: number; ontime: number; overdue: number; noticed: number; twice: number }[]>`
    WITH c AS (
      SELECT ${key} AS k, t.id, t.status, t."receivedAt", t."completedAt", t."dueDate"
      FROM "ServiceCase" t
      WHERE ${where} AND ((t."receivedAt" >= ${start} AND t."receivedAt" < ${end}) OR (t."completedAt" >= ${start} AND t."completedAt" < ${end})
        OR (t.status IN ('ACCEPTED', 'IN_PROGRESS', 'AWAITING_APPROVAL') AND t."dueDate" < ${today}::date))
    ), n AS (
      SELECT o."caseId", count(*) AS notices FROM "OneTimeNotice" o JOIN c ON c.id = o."caseId"
      WHERE o.status = 'ISSUED' AND o."inScope" AND o."refusalReason" IS NULL AND c."receivedAt" >= ${start} AND c."receivedAt" < ${end}
      GROUP BY o."caseId"
    )
    SELECT c.k,
      count(*) FILTER (WHERE c."receivedAt" >= ${start} AND c."receivedAt" < ${end})::int AS received,
      count(*) FILTER (WHERE c.status = 'COMPLETED' AND c."dueDate" IS NOT NULL AND c."completedAt" >= ${start} AND c."completedAt" < ${end})::int AS completed,
      count(*) FILTER (WHERE c.status = 'COMPLETED' AND c."dueDate" IS NOT NULL AND c."completedAt" >= ${start} AND c."completedAt" < ${end}
        AND (c."completedAt" AT TIME ZONE 'Asia/Shanghai')::date <= c."dueDate")::int AS ontime,
      count(*) FILTER (WHERE c.status IN ('ACCEPTED', 'IN_PROGRESS', 'AWAITING_APPROVAL') AND c."dueDate" < ${today}::date)::int AS overdue,
      count(n."caseId")::int AS noticed,
      count(*) FILTER (WHERE n.notices >= 2)::int AS twice
    FROM c LEFT JOIN n ON n."caseId" = c.id
    GROUP BY c.k`;
  return rows.map((r) => ({
    k: r.k ?? "", counts: { received: r.received, completedClocked: r.completed, onTime: r.ontime, overdueOpen: r.overdue, noticed: r.noticed, noticedTwice: r.twice },
  }));
}

async function consultationCounts(g: Grouping, p: Period) {
  const { start, end } = periodBounds(p);
  const { key, where } = keyAndFilter(CONSULTS, g);
  const rows = await db.$queryRaw<{ k: string | null; n: number; spot: number }[]>`
    SELECT ${key} AS k, count(*)::int AS n, count(*) FILTER (WHERE t."answeredOnSpot")::int AS spot
    FROM "Consultation" t WHERE ${where} AND t."askedAt" >= ${start} AND t."askedAt" < ${end} GROUP BY 1`;
  return rows.map((r) => ({ k: r.k ?? "", counts: { consultations: r.n, onSpot: r.spot } }));
}

async function evaluationCounts(g: Grouping, p: Period) {
  const { start, end } = periodBounds(p);
  const { key, where } = keyAndFilter(EVALS, g);
  const rows = await db.$queryRaw<{ k: string | null; n: number; ok: number; bad: number }[]>`
    SELECT ${key} AS k, count(*)::int AS n,
      count(*) FILTER (WHERE t.overall IN ('VERY_SATISFIED', 'SATISFIED', 'BASIC'))::int AS ok,
      count(*) FILTER (WHERE t.overall IN ('DISSATISFIED', 'VERY_DISSATISFIED'))::int AS bad
    FROM "Evaluation" t WHERE ${where} AND t."submittedAt" >= ${start} AND t."submittedAt" < ${end} GROUP BY 1`;
  return rows.map((r) => ({ k: r.k ?? "", counts: { evaluations: r.n, satisfied: r.ok, bad: r.bad } }));
}

/** Every KPI count of the period per group key ('' = the drill-down unit itself). */
export async function kpiCounts(g: Grouping, p: Period, today: string): Promise<Map<string, KpiCounts>> {
  const parts = await Promise.all([caseCounts(g, p, today), consultationCounts(g, p), evaluationCounts(g, p)]);
  const out = new Map<string, KpiCounts>();
  for (const part of parts) {
    for (const { k, counts } of part) out.set(k, { ...(out.get(k) ?? ZERO), ...counts });
  }
  return out;
}
