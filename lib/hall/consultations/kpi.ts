import "server-only";
import { addDays } from "@/lib/core/calendar-math";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import type { Channel, ConsultTopic } from "@/lib/generated/prisma/enums";

export type DateRange = { from: string; to: string };

/** A Shanghai date range [from, to] (inclusive days) as instants. */
export function instantRange({ from, to }: DateRange) {
  return { gte: new Date(`${from}T00:00:00+08:00`), lt: new Date(`${addDays(to, 1)}T00:00:00+08:00`) };
}

export type AnswerRateRow = { key: string; label: string; total: number; onSpot: number; rate: number | null };

const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/**
 * HALL-34 KPI 当场解答率 = answered on the spot ÷ all consultations, per answering unit or staff
 * member, within the caller's subtree. `rate` is a percentage with one decimal (null: none asked).
 */
export async function onTheSpotAnswerRate(scope: Scope, q: DateRange & { groupBy: "unit" | "staff" }) {
  assertCan(scope, "hall.kpi");
  const sdb = scopedDb(scope);
  const by = q.groupBy === "unit" ? "orgUnitId" : "answeredById";
  const groups = await sdb.consultation.groupBy({
    by: [by, "answeredOnSpot"],
    where: { askedAt: instantRange(q) },
    _count: { _all: true },
  });
  const acc = new Map<string, { total: number; onSpot: number }>();
  for (const g of groups) {
    const key = (g as unknown as Record<string, string>)[by];
    const a = acc.get(key) ?? { total: 0, onSpot: 0 };
    a.total += g._count._all;
    if (g.answeredOnSpot) a.onSpot += g._count._all;
    acc.set(key, a);
  }
  const keys = [...acc.keys()];
  const names = q.groupBy === "unit"
    ? new Map((await sdb.orgUnit.findMany({ where: { id: { in: keys } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]))
    : new Map((await sdb.user.findMany({ where: { id: { in: keys } }, select: { id: true, displayName: true } })).map((u) => [u.id, u.displayName]));
  const rows: AnswerRateRow[] = keys
    .map((key) => ({ key, label: names.get(key) ?? "—", ...acc.get(key)!, rate: rate(acc.get(key)!.onSpot, acc.get(key)!.total) }))
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, "zh-CN"));
  const total = rows.reduce((s, r) => s + r.total, 0);
  const onSpot = rows.reduce((s, r) => s + r.onSpot, 0);
  return { rows, total, onSpot, rate: rate(onSpot, total) };
}

/** SPEC §3.12.10 report 咨询: counts by topic and by channel, and the follow-ups still owed. */
export async function consultationFigures(scope: Scope, q: DateRange) {
  assertCan(scope, "hall.kpi");
  const sdb = scopedDb(scope);
  const where = { askedAt: instantRange(q) };
  const [byTopic, byChannel, pendingFollowUps] = await Promise.all([
    sdb.consultation.groupBy({ by: ["topic"], where, _count: { _all: true } }),
    sdb.consultation.groupBy({ by: ["channel"], where, _count: { _all: true } }),
    sdb.consultation.count({ where: { ...where, answeredOnSpot: false, followUpAnsweredAt: null } }),
  ]);
  return {
    byTopic: byTopic.map((g) => ({ topic: g.topic as ConsultTopic, count: g._count._all })).sort((a, b) => b.count - a.count),
    byChannel: byChannel.map((g) => ({ channel: g.channel as Channel, count: g._count._all })).sort((a, b) => b.count - a.count),
    pendingFollowUps,
  };
}
