import "server-only";
import { db } from "@/lib/core/db";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import type { AssistKind } from "@/lib/generated/prisma/enums";
import { instantRange, type DateRange } from "@/lib/hall/consultations/kpi";

type Agg = { key: string; total: number; completed: number; avg_hours: number | null };

const round1 = (x: number | null) => (x === null ? null : Math.round(Number(x) * 10) / 10);

/**
 * SPEC §3.12.10 report 帮办代办: requests registered in [from, to] by kind, item and agent, with
 * the average completion time (registration → completion, in hours) of those completed. The
 * scope filter is the same prefix rule scopedDb applies (ORG-20).
 */
export async function assistFigures(scope: Scope, q: DateRange) {
  assertCan(scope, "hall.kpi");
  const { gte, lt } = instantRange(q);
  const agg = (col: "kind" | "serviceItemId" | "agentStaffId") => db.$queryRawUnsafe<Agg[]>(
    `SELECT "${col}"::text AS key, count(*)::int AS total,
            count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed,
            (avg(extract(epoch FROM ("completedAt" - "registeredAt"))) FILTER (WHERE status = 'COMPLETED') / 3600)::float8 AS avg_hours
       FROM "AssistRequest"
      WHERE starts_with("orgPath", $1) AND "registeredAt" >= $2 AND "registeredAt" < $3
      GROUP BY 1 ORDER BY 2 DESC`,
    scope.orgPath, gte, lt,
  );
  const [byKind, byItem, byAgent] = await Promise.all([agg("kind"), agg("serviceItemId"), agg("agentStaffId")]);
  const [items, agents] = await Promise.all([
    db.serviceItem.findMany({ where: { id: { in: byItem.map((r) => r.key) } }, select: { id: true, code: true, name: true } }),
    scopedDb(scope).user.findMany({ where: { id: { in: byAgent.map((r) => r.key) } }, select: { id: true, displayName: true } }),
  ]);
  const item = new Map(items.map((i) => [i.id, i]));
  const agent = new Map(agents.map((a) => [a.id, a.displayName]));
  const shape = (r: Agg) => ({ total: r.total, completed: r.completed, avgCompletionHours: round1(r.avg_hours) });
  return {
    byKind: byKind.map((r) => ({ kind: r.key as AssistKind, ...shape(r) })),
    byItem: byItem.map((r) => ({ itemCode: item.get(r.key)?.code ?? "—", itemName: item.get(r.key)?.name ?? "—", ...shape(r) })),
    byAgent: byAgent.map((r) => ({ agentStaffId: r.key, agentName: agent.get(r.key) ?? "—", ...shape(r) })),
  };
}
