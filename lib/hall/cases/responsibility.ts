import "server-only";
import type { Tx } from "@/lib/core/db";
import { todayInShanghai } from "@/lib/core/calendar-math";
import type { PresenceStatus } from "@/lib/generated/prisma/enums";
import { toDateColumn } from "./due-date";

// §7.7.3 / ORG-43 and §7.8.4 / HALL-31: who answers for a case at the moment of an action.
// Reads the window's current A/B pair, the staff's presence and approved leave, and hand-overs.

type Db = Pick<Tx, "abRoleAssignment" | "staffPresence" | "staffLeave" | "abHandover" | "user">;

export type Responsibility = {
  /** ORG-43: A and B while A is on duty, B and A otherwise. */
  primaryResponsibleId: string;
  secondaryResponsibleId: string | null;
  /** Users who may act as handler now: the first handler, plus the stand-in while they are away. */
  handlerIds: string[];
  /** The stand-in acting now, when the first handler is away (for `handledByCounterpart`). */
  standInId: string | null;
};

/** The A/B pair in force today for a window (ORG-40: at most one, enforced when assigning). */
export async function currentPair(db: Db, windowId: string, today = todayInShanghai()) {
  const day = toDateColumn(today);
  return db.abRoleAssignment.findFirst({
    where: { windowId, effectiveFrom: { lte: day }, OR: [{ effectiveTo: null }, { effectiveTo: { gte: day } }] },
    orderBy: { effectiveFrom: "desc" },
    select: { aUserId: true, bUserId: true, windowId: true },
  });
}

/** A pair the user belongs to, for a case received without a window (e.g. a home visit). */
async function pairOfUser(db: Db, userId: string, today: string) {
  const day = toDateColumn(today);
  return db.abRoleAssignment.findFirst({
    where: { OR: [{ aUserId: userId }, { bUserId: userId }], effectiveFrom: { lte: day }, AND: [{ OR: [{ effectiveTo: null }, { effectiveTo: { gte: day } }] }] },
    orderBy: { effectiveFrom: "desc" },
    select: { aUserId: true, bUserId: true, windowId: true },
  });
}

/**
 * A staff member is on duty unless their presence says otherwise or approved leave covers `now`
 * (a leave approved in advance needs no presence change on the day). No presence row = on duty.
 * A deactivated account is never on duty ("OFF"): it can no longer act, so ORG-40 / HALL-31 treat
 * it as missing and its counterpart stands in.
 */
export async function presenceOf(db: Db, userIds: string[], now = new Date()): Promise<Map<string, PresenceStatus>> {
  return (await presenceAndActivity(db, userIds, now)).presence;
}

/** presenceOf plus the set of deactivated accounts among `userIds` (three queries, however many ids). */
async function presenceAndActivity(db: Db, userIds: string[], now: Date) {
  const [rows, leaves, inactive] = await Promise.all([
    db.staffPresence.findMany({ where: { userId: { in: userIds } }, select: { userId: true, status: true } }),
    db.staffLeave.findMany({
      where: { userId: { in: userIds }, status: "APPROVED", startsAt: { lte: now }, endsAt: { gt: now } },
      select: { userId: true, type: true },
    }),
    db.user.findMany({ where: { id: { in: userIds }, active: false }, select: { id: true } }),
  ]);
  const presence = new Map<string, PresenceStatus>(userIds.map((id) => [id, "ON_DUTY"]));
  for (const r of rows) presence.set(r.userId, r.status);
  for (const l of leaves) presence.set(l.userId, l.type === "BUSINESS_TRIP" ? "BUSINESS_TRIP" : "ON_LEAVE");
  const inactiveIds = new Set(inactive.map((u) => u.id));
  for (const id of inactiveIds) presence.set(id, "OFF");
  return { presence, inactiveIds };
}

export async function resolveResponsibility(
  db: Db,
  c: { id: string; firstHandlerId: string; windowId: string | null },
  now = new Date(),
): Promise<Responsibility> {
  const today = todayInShanghai(now);
  const pair = (c.windowId ? await currentPair(db, c.windowId, today) : null) ?? (await pairOfUser(db, c.firstHandlerId, today));
  const handovers = await db.abHandover.findMany({
    where: { fromUserId: c.firstHandlerId, endedAt: null, pendingCaseIds: { has: c.id } },
    select: { toUserId: true },
  });
  const ids = [c.firstHandlerId, ...(pair ? [pair.aUserId, pair.bUserId] : [])];
  const { presence, inactiveIds } = await presenceAndActivity(db, [...new Set(ids)], now);
  const firstAway = presence.get(c.firstHandlerId) !== "ON_DUTY";

  const handlerIds = new Set([c.firstHandlerId, ...handovers.map((h) => h.toUserId)]);
  let standInId: string | null = handovers[0]?.toUserId ?? null;
  if (pair && firstAway) {
    // §7.7.1: while one of the pair is away, the other stands in (AB两角职责相同).
    const counterpart = pair.aUserId === c.firstHandlerId ? pair.bUserId : pair.bUserId === c.firstHandlerId ? pair.aUserId : null;
    // A deactivated counterpart cannot act, so naming it would leave the case with nobody (HALL-31).
    if (counterpart && !inactiveIds.has(counterpart)) {
      handlerIds.add(counterpart);
      standInId ??= counterpart;
    }
  }
  if (!firstAway) standInId = null;

  if (!pair) return { primaryResponsibleId: c.firstHandlerId, secondaryResponsibleId: null, handlerIds: [...handlerIds], standInId };
  const aOnDuty = presence.get(pair.aUserId) === "ON_DUTY";
  return {
    primaryResponsibleId: aOnDuty ? pair.aUserId : pair.bUserId,
    secondaryResponsibleId: aOnDuty ? pair.bUserId : pair.aUserId,
    handlerIds: [...handlerIds],
    standInId,
  };
}
