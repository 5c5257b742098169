import "server-only";
import { db, type Tx } from "@/lib/core/db";
import { dateOnly, toDateColumn } from "@/lib/hall/cases/due-date";
import { periodCovers } from "@/lib/hall/ab/period";
import { daysTouched, overlapOf } from "./rules";

// ORG-42 (§7.7.2 互为AB角的人员，原则上不能同期休假): a leave conflicts when a counterpart in any
// pair current during it has APPROVED leave overlapping it on days that pair was in force.

type Client = Pick<Tx, "abRoleAssignment" | "staffLeave" | "serviceWindow">;

export type AbConflict = {
  leaveId: string;
  counterpartId: string;
  windowId: string;
  windowNo: string;
  orgUnitId: string;
  orgPath: string;
  startsAt: Date;
  endsAt: Date;
  /** Calendar days on which both are away and the pair is in force. */
  days: string[];
};

/**
 * ORG-41 / ORG-42 under concurrency: two reviewers approving A's and B's overlapping leave at the
 * same moment must not both see "no conflict". Every approval takes a transaction-scoped advisory
 * lock on each unit whose pairs the requester belongs to during the leave (A and B of a pair share
 * its unit, so both approvals queue on the same key), plus the requester's own unit. Keys are taken
 * in sorted order so two approvals never deadlock. Call before `findAbConflicts(leave, tx)`.
 */
export async function lockAbPairUnits(tx: Tx, leave: { userId: string; orgUnitId: string; startsAt: Date; endsAt: Date }) {
  const days = daysTouched(leave.startsAt, leave.endsAt);
  const pairs = days.length === 0 ? [] : await tx.abRoleAssignment.findMany({
    where: {
      OR: [{ aUserId: leave.userId }, { bUserId: leave.userId }],
      effectiveFrom: { lte: toDateColumn(days[days.length - 1]) },
      AND: [{ OR: [{ effectiveTo: null }, { effectiveTo: { gte: toDateColumn(days[0]) } }] }],
    },
    select: { orgUnitId: true },
  });
  const units = [...new Set([leave.orgUnitId, ...pairs.map((p) => p.orgUnitId)])].sort();
  for (const unitId of units) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`leave-ab:${unitId}`}))`;
}

type LeaveRef = { id?: string; userId: string; startsAt: Date; endsAt: Date };

export async function findAbConflicts(leave: LeaveRef, client: Client = db): Promise<AbConflict[]> {
  return (await findAbConflictsMany([leave], client))[0];
}

/**
 * The conflicts of many leaves at once (the reviewer desk), in the order given: three queries in
 * all — the pairs of every requester, the counterparts' taken leave, the windows — matched in memory
 * exactly as `findAbConflicts` matches one leave.
 */
export async function findAbConflictsMany(leaves: readonly LeaveRef[], client: Client = db): Promise<AbConflict[][]> {
  const spans = leaves.map((l) => daysTouched(l.startsAt, l.endsAt));
  const live = leaves.filter((_, i) => spans[i].length > 0);
  if (live.length === 0) return leaves.map(() => []);
  const firstDay = spans.filter((d) => d.length).map((d) => d[0]).sort()[0];
  const lastDay = spans.filter((d) => d.length).map((d) => d[d.length - 1]).sort().at(-1)!;
  const userIds = [...new Set(live.map((l) => l.userId))];
  const pairRows = await client.abRoleAssignment.findMany({
    where: {
      OR: [{ aUserId: { in: userIds } }, { bUserId: { in: userIds } }],
      effectiveFrom: { lte: toDateColumn(lastDay) },
      AND: [{ OR: [{ effectiveTo: null }, { effectiveTo: { gte: toDateColumn(firstDay) } }] }],
    },
    select: { windowId: true, aUserId: true, bUserId: true, effectiveFrom: true, effectiveTo: true, orgUnitId: true, orgPath: true },
  });
  const pairs = pairRows.map((r) => ({ ...r, period: { from: dateOnly(r.effectiveFrom)!, to: dateOnly(r.effectiveTo) } }));
  // Each leave's pairs: those of its requester that were current at some time during it.
  const pairsOf = leaves.map((l, i) => {
    const days = spans[i];
    if (days.length === 0) return [];
    return pairs
      .filter((p) => (p.aUserId === l.userId || p.bUserId === l.userId) && p.period.from <= days[days.length - 1] && (p.period.to === null || p.period.to >= days[0]))
      .map((p) => ({ ...p, counterpartId: p.aUserId === l.userId ? p.bUserId : p.aUserId }));
  });
  const counterpartIds = [...new Set(pairsOf.flat().map((p) => p.counterpartId))];
  if (counterpartIds.length === 0) return leaves.map(() => []);
  const minStart = new Date(Math.min(...live.map((l) => l.startsAt.getTime())));
  const maxEnd = new Date(Math.max(...live.map((l) => l.endsAt.getTime())));
  const [taken, windows] = await Promise.all([
    client.staffLeave.findMany({
      where: {
        userId: { in: counterpartIds },
        // A returned leave was taken too (its end is trimmed to the return report).
        status: { in: ["APPROVED", "RETURNED"] },
        startsAt: { lt: maxEnd },
        endsAt: { gt: minStart },
      },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: { id: true, userId: true, startsAt: true, endsAt: true },
    }),
    client.serviceWindow.findMany({ where: { id: { in: [...new Set(pairs.map((p) => p.windowId))] } }, select: { id: true, windowNo: true } }),
  ]);
  const windowNo = new Map(windows.map((w) => [w.id, w.windowNo]));
  return leaves.map((leave, i) => {
    const mine = pairsOf[i];
    const out: AbConflict[] = [];
    for (const other of taken) {
      if (other.id === leave.id) continue;
      const overlap = overlapOf(leave, other);
      if (!overlap) continue;
      for (const p of mine.filter((x) => x.counterpartId === other.userId)) {
        const days = daysTouched(overlap.startsAt, overlap.endsAt).filter((d) => periodCovers(p.period, d));
        if (days.length === 0) continue;
        out.push({
          leaveId: other.id, counterpartId: other.userId, windowId: p.windowId, windowNo: windowNo.get(p.windowId) ?? "—",
          orgUnitId: p.orgUnitId, orgPath: p.orgPath, startsAt: other.startsAt, endsAt: other.endsAt, days,
        });
      }
    }
    return out;
  });
}
