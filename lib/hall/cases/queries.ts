import "server-only";
import { db } from "@/lib/core/db";
import { blindIndex } from "@/lib/core/crypto";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { normalizeIdNumber, validateIdNumber } from "@/lib/core/validators/id-number";
import type { CaseStatus, Prisma } from "@/lib/generated/prisma/client";
import { toDateColumn } from "./due-date";
import { presenceOf } from "./responsibility";
import { CLOCKED_CASE_STATUSES, OPEN_CASE_STATUSES } from "./workflow";

export const CASES_PAGE_SIZE = 50;
const STATUSES: readonly CaseStatus[] = [...OPEN_CASE_STATUSES, "COMPLETED", "NOT_ACCEPTED", "WITHDRAWN"];

export type CaseListFilter = {
  /** "mine": I am first handler or primary responsible; otherwise all cases in scope. */
  view?: string;
  status?: string;
  overdue?: boolean;
  itemCode?: string;
  clientPersonId?: string;
  /** A case-number prefix. */
  q?: string;
  page?: number;
};

const LIST_SELECT = {
  id: true, caseNo: true, itemCode: true, itemName: true, status: true, channel: true, receivedAt: true, dueDate: true,
  supplementAt: true, outcome: true, completedAt: true, firstHandlerId: true, primaryResponsibleId: true,
  client: { select: { name: true, idMasked: true } },
  firstHandler: { select: { displayName: true } },
  window: { select: { windowNo: true } },
} satisfies Prisma.ServiceCaseSelect;

export type CaseListRow = Prisma.ServiceCaseGetPayload<{ select: typeof LIST_SELECT }> & { overdue: boolean };

function withOverdue<T extends { status: CaseStatus; dueDate: Date | null }>(rows: T[], today: string): (T & { overdue: boolean })[] {
  return rows.map((r) => ({ ...r, overdue: CLOCKED_CASE_STATUSES.includes(r.status) && !!r.dueDate && r.dueDate.toISOString().slice(0, 10) < today }));
}

/**
 * The case list (办件), newest first, paged by offset on (receivedAt, id); filters from the URL.
 * ORG-22 scope comes from scopedDb. No COUNT of the whole list (STACK.md).
 */
export async function listCases(scope: Scope, f: CaseListFilter, now = new Date()) {
  assertCan(scope, "hall.read");
  const today = todayInShanghai(now);
  const page = Math.max(1, Math.floor(f.page ?? 1));
  const status = STATUSES.find((s) => s === f.status);
  const where: Prisma.ServiceCaseWhereInput = {
    ...(f.view === "mine" ? { OR: [{ firstHandlerId: scope.userId }, { primaryResponsibleId: scope.userId }] } : {}),
    ...(status ? { status } : {}),
    ...(f.overdue ? { status: { in: [...CLOCKED_CASE_STATUSES] }, dueDate: { lt: toDateColumn(today) } } : {}),
    ...(f.itemCode ? { itemCode: f.itemCode.toUpperCase() } : {}),
    ...(f.clientPersonId ? { clientPersonId: f.clientPersonId } : {}),
    ...(f.q ? { caseNo: { startsWith: f.q.trim().slice(0, 24) } } : {}),
  };
  const rows = await scopedDb(scope).serviceCase.findMany({
    where,
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * CASES_PAGE_SIZE,
    take: CASES_PAGE_SIZE + 1,
    select: LIST_SELECT,
  });
  return { rows: withOverdue(rows.slice(0, CASES_PAGE_SIZE), today), page, hasNext: rows.length > CASES_PAGE_SIZE };
}

/**
 * 我的办件 on the clerk's desk: my open cases — a supplement waiting first (HALL-30), then by due
 * date — and the cases I stand in for (my A/B counterpart is away, or handed them to me, ORG-44).
 */
export async function getMyCaseQueue(scope: Scope, now = new Date()) {
  const sdb = scopedDb(scope);
  const today = todayInShanghai(now);
  const day = toDateColumn(today);
  const [own, pairs, handovers] = await Promise.all([
    sdb.serviceCase.findMany({
      where: { firstHandlerId: scope.userId, status: { in: [...OPEN_CASE_STATUSES] } },
      orderBy: [{ supplementAt: { sort: "desc", nulls: "last" } }, { dueDate: { sort: "asc", nulls: "last" } }, { receivedAt: "asc" }],
      take: 50,
      select: LIST_SELECT,
    }),
    sdb.abRoleAssignment.findMany({
      where: { OR: [{ aUserId: scope.userId }, { bUserId: scope.userId }], effectiveFrom: { lte: day }, AND: [{ OR: [{ effectiveTo: null }, { effectiveTo: { gte: day } }] }] },
      select: { aUserId: true, bUserId: true, windowId: true },
    }),
    sdb.abHandover.findMany({ where: { toUserId: scope.userId, endedAt: null }, select: { pendingCaseIds: true } }),
  ]);
  const counterpartOf = (p: { aUserId: string; bUserId: string }) => (p.aUserId === scope.userId ? p.bUserId : p.aUserId);
  const counterparts = [...new Set(pairs.map(counterpartOf))];
  const away = counterparts.length ? await awayUsers(counterparts, now) : [];
  const handedOver = handovers.flatMap((h) => h.pendingCaseIds);
  // HALL-31 as resolveResponsibility applies it: I stand in for an away counterpart on the cases of
  // the window we share (or cases received without a window), not on their other windows' cases.
  const standInFor = away.map((id) => ({
    firstHandlerId: id,
    OR: [{ windowId: { in: pairs.filter((p) => counterpartOf(p) === id).map((p) => p.windowId) } }, { windowId: null }],
  }));
  const standIn = standInFor.length || handedOver.length
    ? await sdb.serviceCase.findMany({
        where: { status: { in: [...OPEN_CASE_STATUSES] }, OR: [...standInFor, { id: { in: handedOver } }] },
        orderBy: [{ supplementAt: { sort: "desc", nulls: "last" } }, { dueDate: { sort: "asc", nulls: "last" } }],
        take: 50,
        select: LIST_SELECT,
      })
    : [];
  return { own: withOverdue(own, today), standIn: withOverdue(standIn.filter((c) => c.firstHandlerId !== scope.userId), today) };
}

/** Users among `ids` who are not on duty now (presence, approved leave, or a deactivated account). */
async function awayUsers(ids: string[], now: Date): Promise<string[]> {
  const presence = await presenceOf(db, ids, now);
  return ids.filter((id) => presence.get(id) !== "ON_DUTY");
}

export type CaseLookupResult =
  | { kind: "case"; caseId: string }
  | { kind: "client"; personId: string }
  | { kind: "invalid" }
  | { kind: "miss" };

const CASE_NO_RE = /^\d{6,12}-\d{8}-\d{4,}$/;
const CARD_NO_RE = /^\d{6,12}-\d{6,}$/;

/**
 * HALL-30 "a client can be looked up by ID number or card number to find their open case and
 * handler". Also takes a case number, or the URL a card's QR code holds (…?case=<caseNo>).
 */
export async function lookupCase(scope: Scope, raw: string): Promise<CaseLookupResult> {
  assertCan(scope, "hall.read");
  let q = raw.trim();
  const fromUrl = /[?&]case=([\d-]+)/.exec(q);
  if (fromUrl) q = fromUrl[1];
  const sdb = scopedDb(scope);
  if (CASE_NO_RE.test(q)) {
    const c = await sdb.serviceCase.findFirst({ where: { caseNo: q }, select: { id: true } });
    return c ? { kind: "case", caseId: c.id } : { kind: "miss" };
  }
  if (CARD_NO_RE.test(q)) {
    const card = await sdb.contactServiceCard.findFirst({ where: { cardNo: q }, select: { caseId: true, personId: true } });
    if (!card) return { kind: "miss" };
    if (card.caseId && (await sdb.serviceCase.findFirst({ where: { id: card.caseId }, select: { id: true } }))) return { kind: "case", caseId: card.caseId };
    return openCaseOrClient(scope, card.personId);
  }
  const checked = validateIdNumber(q);
  if (!checked.ok) return { kind: "invalid" };
  const person = await sdb.person.findFirst({ where: { idNumberHash: blindIndex(normalizeIdNumber(checked.value)), deletedAt: null }, select: { id: true } });
  return person ? openCaseOrClient(scope, person.id) : { kind: "miss" };
}

/** One open case → straight to it (the desk's usual case); otherwise the client's case list. */
async function openCaseOrClient(scope: Scope, personId: string): Promise<CaseLookupResult> {
  const open = await scopedDb(scope).serviceCase.findMany({
    where: { clientPersonId: personId, status: { in: [...OPEN_CASE_STATUSES] } },
    select: { id: true },
    take: 2,
  });
  return open.length === 1 ? { kind: "case", caseId: open[0].id } : { kind: "client", personId };
}

/** A client's name and masked ID for the list heading (no full profile: not a VIEW_FULL_PROFILE). */
export async function getClientSummary(scope: Scope, personId: string) {
  return scopedDb(scope).person.findFirst({ where: { id: personId, deletedAt: null }, select: { id: true, name: true, idMasked: true } });
}

/**
 * The cases carrying a module's record (domainRef, §3.12.2), newest first: how a later module
 * (pensions, fund aid …) finds the case envelope of its own application.
 */
export async function findCasesByDomainRef(scope: Scope, domainType: string, domainId: string) {
  assertCan(scope, "hall.read");
  return scopedDb(scope).serviceCase.findMany({
    where: { domainType, domainId },
    orderBy: { receivedAt: "desc" },
    take: 20,
    select: LIST_SELECT,
  });
}
