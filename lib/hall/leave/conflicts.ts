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

/** Pairs the user belongs to at any time in [from, to] (inclusive Shanghai days). */
async function pairsDuring(client: Client, userId: string, days: string[]) {
  if (days.length === 0) return [];
  const first = days[0];
  const last = days[days.length - 1];
  const rows = await client.abRoleAssignment.findMany({
    where: {
      OR: [{ aUserId: userId }, { bUserId: userId }],
      effectiveFrom: { lte: toDateColumn(last) },
      AND: [{ OR: [{ effectiveTo: null }, { effectiveTo: { gte: toDateColumn(first) } }] }],
    },
    select: { windowId: true, aUserId: true, bUserId: true, effectiveFrom: true, effectiveTo: true, orgUnitId: true, orgPath: true },
  });
  return rows.map((r) => ({ ...r, counterpartId: r.aUserId === userId ? r.bUserId : r.aUserId, period: { from: dateOnly(r.effectiveFrom)!, to: dateOnly(r.effectiveTo) } }));
}

export async function findAbConflicts(
  leave: { id?: string; userId: string; startsAt: Date; endsAt: Date },
  client: Client = db,
): Promise<AbConflict[]> {
  const pairs = await pairsDuring(client, leave.userId, daysTouched(leave.startsAt, leave.endsAt));
  if (pairs.length === 0) return [];
  const others = await client.staffLeave.findMany({
    where: {
      userId: { in: [...new Set(pairs.map((p) => p.counterpartId))] },
      // A returned leave was taken too (its end is trimmed to the return report).
      status: { in: ["APPROVED", "RETURNED"] },
      startsAt: { lt: leave.endsAt },
      endsAt: { gt: leave.startsAt },
      ...(leave.id ? { NOT: { id: leave.id } } : {}),
    },
    select: { id: true, userId: true, startsAt: true, endsAt: true },
  });
  if (others.length === 0) return [];
  const windows = await client.serviceWindow.findMany({ where: { id: { in: pairs.map((p) => p.windowId) } }, select: { id: true, windowNo: true } });
  const windowNo = new Map(windows.map((w) => [w.id, w.windowNo]));
  const out: AbConflict[] = [];
  for (const other of others) {
    const overlap = overlapOf(leave, other);
    if (!overlap) continue;
    for (const p of pairs.filter((x) => x.counterpartId === other.userId)) {
      const days = daysTouched(overlap.startsAt, overlap.endsAt).filter((d) => periodCovers(p.period, d));
      if (days.length === 0) continue;
      out.push({
        leaveId: other.id, counterpartId: other.userId, windowId: p.windowId, windowNo: windowNo.get(p.windowId) ?? "—",
        orgUnitId: p.orgUnitId, orgPath: p.orgPath, startsAt: other.startsAt, endsAt: other.endsAt, days,
      });
    }
  }
  return out;
}
