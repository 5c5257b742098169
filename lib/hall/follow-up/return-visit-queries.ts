import "server-only";
import { db } from "@/lib/core/db";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import type { Prisma, ReturnVisitStatus } from "@/lib/generated/prisma/client";
import { NotFound } from "@/lib/core/errors";
import { maskMobile } from "@/lib/core/mask";
import { userNamesOf } from "./user-names";

// §7.4.2 回访工作台账: the hall's return visits, pending ones by due date, done ones newest first.

const PAGE_SIZE = 50;
export const VISIT_EXPORT_LIMIT = 5000;

export type VisitFilter = { status?: string; overdue?: boolean; page?: number };

function whereOf(filter: VisitFilter, today: string): Prisma.ReturnVisitWhereInput {
  const status = (["PENDING", "DONE"] as const).find((s) => s === filter.status) as ReturnVisitStatus | undefined;
  if (filter.overdue) return { status: "PENDING", dueDate: { lt: new Date(`${today}T00:00:00Z`) } };
  return status ? { status } : {};
}

export async function listReturnVisits(scope: Scope, filter: VisitFilter, now = new Date(), limit = PAGE_SIZE) {
  assertCan(scope, "hall.read");
  const today = todayInShanghai(now);
  const page = Math.max(1, Math.floor(filter.page ?? 1));
  const where = whereOf(filter, today);
  const visits = await scopedDb(scope).returnVisit.findMany({
    where,
    orderBy: where.status === "DONE" ? [{ visitedAt: "desc" }, { id: "asc" }] : [{ status: "asc" }, { dueDate: "asc" }, { id: "asc" }],
    skip: (page - 1) * limit,
    take: limit + 1,
  });
  const shown = visits.slice(0, limit);
  const [cases, names] = await Promise.all([casesOf(shown.map((v) => v.caseId)), userNamesOf(shown.flatMap((v) => [v.assigneeUserId, v.visitedById ?? ""]))]);
  const rows = shown.map((v) => ({
    ...v,
    case: cases.get(v.caseId) ?? null,
    assigneeName: names.get(v.assigneeUserId) ?? "—",
    visitedByName: v.visitedById ? (names.get(v.visitedById) ?? "—") : null,
    overdue: v.status === "PENDING" && v.dueDate.toISOString().slice(0, 10) < today,
  }));
  return { rows, page, hasNext: visits.length > limit };
}
export type VisitRow = Awaited<ReturnType<typeof listReturnVisits>>["rows"][number];

/** One return visit with its case, and the supervision task and bad-review loop it opened. */
export async function getReturnVisit(scope: Scope, id: string, now = new Date()) {
  assertCan(scope, "hall.read");
  const v = await scopedDb(scope).returnVisit.findFirst({ where: { id } });
  if (!v) throw new NotFound("回访记录不存在或不在您的管辖范围内");
  const [cases, names, task, badReview] = await Promise.all([
    casesOf([v.caseId]),
    userNamesOf([v.assigneeUserId, v.visitedById ?? ""]),
    v.supervisionTaskId ? db.supervisionTask.findUnique({ where: { id: v.supervisionTaskId }, select: { id: true, status: true, dueDate: true } }) : null,
    db.badReviewCase.findFirst({ where: { caseId: v.caseId, source: "RETURN_VISIT" }, select: { id: true, status: true }, orderBy: { createdAt: "desc" } }),
  ]);
  return {
    visit: v,
    case: cases.get(v.caseId) ?? null,
    assigneeName: names.get(v.assigneeUserId) ?? "—",
    visitedByName: v.visitedById ? (names.get(v.visitedById) ?? "—") : null,
    overdue: v.status === "PENDING" && v.dueDate.toISOString().slice(0, 10) < todayInShanghai(now),
    supervisionTask: task,
    badReview: v.status === "DONE" ? badReview : null,
  };
}

/** The cases behind visits (the visit is the hall's; its case is read for its number and client). */
async function casesOf(ids: string[]) {
  const unique = [...new Set(ids)];
  const rows = unique.length
    ? await db.serviceCase.findMany({
      where: { id: { in: unique } },
      select: {
        id: true, caseNo: true, itemName: true, completedAt: true, outcome: true, clientPersonId: true,
        client: { select: { name: true, idMasked: true, mobile: true } },
      },
    })
    : [];
  // the phone number leaves this module masked; revealing it goes through the person page.
  return new Map(rows.map(({ client, ...c }) => [c.id, { ...c, clientName: client.name, clientIdMasked: client.idMasked, clientMobileMasked: maskMobile(client.mobile) }]));
}

