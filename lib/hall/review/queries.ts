import "server-only";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { toDateColumn } from "@/lib/hall/cases/due-date";
import { CLOCKED_CASE_STATUSES } from "@/lib/hall/cases/workflow";

const CASE_BRIEF = { id: true, caseNo: true, itemName: true, dueDate: true, status: true, client: { select: { name: true } }, firstHandler: { select: { displayName: true } } } as const;

/**
 * 审核台 — the case side: extensions and second notices waiting for a reviewer who is not
 * their requester, and overdue cases of the subtree (most overdue first).
 */
export async function getCaseReviewQueues(scope: Scope, now = new Date()) {
  assertCan(scope, "hall.review");
  const sdb = scopedDb(scope);
  const today = toDateColumn(todayInShanghai(now));
  const [extensions, notices, overdue] = await Promise.all([
    sdb.caseExtension.findMany({
      where: { status: "REQUESTED", requestedById: { not: scope.userId } },
      orderBy: { requestedAt: "asc" },
      take: 50,
      include: { case: { select: CASE_BRIEF } },
    }),
    sdb.oneTimeNotice.findMany({
      where: { status: "PENDING_APPROVAL", issuedById: { not: scope.userId } },
      orderBy: { issuedAt: "asc" },
      take: 50,
      include: { case: { select: CASE_BRIEF } },
    }),
    sdb.serviceCase.findMany({
      where: { status: { in: [...CLOCKED_CASE_STATUSES] }, dueDate: { lt: today } },
      orderBy: { dueDate: "asc" },
      take: 50,
      select: CASE_BRIEF,
    }),
  ]);
  return { extensions, notices, overdue };
}
export type CaseReviewQueues = Awaited<ReturnType<typeof getCaseReviewQueues>>;
