import "server-only";
import { db, type Tx } from "@/lib/core/db";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { OPEN_CASE_STATUSES } from "@/lib/hall/cases/workflow";
import { toDateColumn } from "@/lib/hall/cases/due-date";

/** The A/B pairs of active windows the user belongs to today, with the user's role in each. */
export async function pairsOfUser(userId: string, day = todayInShanghai(), client: Pick<Tx, "abRoleAssignment"> = db) {
  const d = toDateColumn(day);
  const rows = await client.abRoleAssignment.findMany({
    where: {
      OR: [{ aUserId: userId }, { bUserId: userId }],
      effectiveFrom: { lte: d },
      AND: [{ OR: [{ effectiveTo: null }, { effectiveTo: { gte: d } }] }],
      window: { active: true },
    },
    orderBy: [{ window: { windowNo: "asc" } }],
    select: { id: true, windowId: true, aUserId: true, bUserId: true, orgPath: true, window: { select: { windowNo: true, name: true } } },
  });
  return rows.map((r) => ({
    ...r,
    myRole: (r.aUserId === userId ? "A" : "B") as "A" | "B",
    counterpartId: r.aUserId === userId ? r.bUserId : r.aUserId,
  }));
}
export type UserPair = Awaited<ReturnType<typeof pairsOfUser>>[number];

/** ORG-44: the user's open cases as first handler (OPEN_CASE_STATUSES), through the caller's scope. */
export async function openCasesOf(scope: Scope) {
  return scopedDb(scope).serviceCase.findMany({
    where: { firstHandlerId: scope.userId, status: { in: [...OPEN_CASE_STATUSES] } },
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { receivedAt: "asc" }],
    select: { id: true, caseNo: true, itemName: true, status: true, windowId: true, dueDate: true },
    take: 500,
  });
}

/** Hand-overs the user filed that still route cases to the counterpart (not ended by returning ON_DUTY). */
export async function activeHandoversFrom(userId: string, client: Pick<Tx, "abHandover"> = db) {
  return client.abHandover.findMany({ where: { fromUserId: userId, endedAt: null }, orderBy: { at: "desc" } });
}
