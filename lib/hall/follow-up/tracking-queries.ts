import "server-only";
import { db } from "@/lib/core/db";
import { loadOverrides } from "@/lib/core/calendar";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { assertCan, can } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadCaseInScope } from "@/lib/hall/cases/load";
import { resolveResponsibility } from "@/lib/hall/cases/responsibility";
import { CLOCKED_CASE_STATUSES, OPEN_CASE_STATUSES } from "@/lib/hall/cases/workflow";
import { freshnessOf, lastActivityOf, staleCutoffInstant } from "./freshness";
import { userNamesOf } from "./user-names";

// §7.4.1 跟踪台账: one case's entries (for the case page's panel) and the ledger of all open
// accepted cases in scope with their last entry and HALL-50's 5-working-day flag.

export type TrackingEntryView = {
  id: string; method: "ON_SITE_CHECK" | "ACCOMPANY" | "PHONE_FOLLOWUP"; at: Date; progress: string; nextStep: string | null;
  byUserId: string; byName: string;
};

/** The case's ledger, newest first. Loaded through the case's scope (a child follows its parent). */
export async function getTrackingEntries(scope: Scope, caseId: string): Promise<TrackingEntryView[]> {
  assertCan(scope, "hall.read");
  const c = await loadCaseInScope(scope, caseId);
  return entriesOfLoadedCase(c.id);
}

/**
 * The entries of a case the caller has ALREADY loaded through loadCaseInScope (the case page's
 * getCaseDetail does): no second scope check, so never call it with a client-supplied id alone.
 */
export async function entriesOfLoadedCase(caseId: string): Promise<TrackingEntryView[]> {
  const entries = await db.trackingEntry.findMany({ where: { caseId }, orderBy: [{ at: "desc" }, { id: "desc" }], take: 200 });
  const names = await userNamesOf(entries.map((e) => e.byUserId));
  return entries.map((e) => ({ id: e.id, method: e.method, at: e.at, progress: e.progress, nextStep: e.nextStep, byUserId: e.byUserId, byName: names.get(e.byUserId) ?? "—" }));
}

/** Whether the user may add an entry now: the case is open and they are its handler (HALL-30/31). */
export async function canTrackCase(scope: Scope, caseId: string, now = new Date()): Promise<boolean> {
  if (!can(scope, "hall.handle")) return false;
  const c = await loadCaseInScope(scope, caseId);
  if (!OPEN_CASE_STATUSES.includes(c.status)) return false;
  return (await resolveResponsibility(db, c, now)).handlerIds.includes(scope.userId);
}

/** Everything the tracking panel needs: `<TrackingPanel caseId entries canWrite />`. */
export async function getTrackingPanelData(scope: Scope, caseId: string) {
  const [entries, canWrite] = await Promise.all([getTrackingEntries(scope, caseId), canTrackCase(scope, caseId)]);
  return { entries, canWrite };
}

/** The tracking page of one case: a summary of the case, its ledger and whether this user may write. */
export async function getCaseTracking(scope: Scope, caseId: string, now = new Date()) {
  assertCan(scope, "hall.read");
  const c = await loadCaseInScope(scope, caseId);
  const [entries, canWrite, people] = await Promise.all([
    getTrackingEntries(scope, caseId),
    canTrackCase(scope, caseId, now),
    db.serviceCase.findUniqueOrThrow({
      where: { id: c.id },
      select: { client: { select: { name: true, idMasked: true } }, firstHandler: { select: { displayName: true } } },
    }),
  ]);
  const overrides = await loadOverrides();
  const f = freshnessOf(lastActivityOf(c.acceptedAt, entries[0]?.at), todayInShanghai(now), overrides);
  return {
    case: {
      id: c.id, caseNo: c.caseNo, itemName: c.itemName, status: c.status, acceptedAt: c.acceptedAt, dueDate: c.dueDate,
      clientName: people.client.name, clientIdMasked: people.client.idMasked, firstHandlerName: people.firstHandler.displayName,
    },
    entries,
    canWrite,
    workingDaysSince: c.acceptedAt ? f.workingDays : null,
    stale: CLOCKED_CASE_STATUSES.includes(c.status) && f.stale,
  };
}

export type LedgerFilter = { stale?: boolean; mine?: boolean; page?: number };
const PAGE_SIZE = 50;
export const LEDGER_EXPORT_LIMIT = 5000;

async function ledgerWhere(scope: Scope, filter: LedgerFilter, today: string): Promise<Prisma.ServiceCaseWhereInput> {
  const where: Prisma.ServiceCaseWhereInput = { status: { in: [...CLOCKED_CASE_STATUSES] } };
  if (filter.mine) where.OR = [{ firstHandlerId: scope.userId }, { primaryResponsibleId: scope.userId }];
  if (filter.stale) {
    const cutoff = staleCutoffInstant(today, await loadOverrides());
    where.acceptedAt = { lt: cutoff };
    where.tracking = { none: { at: { gte: cutoff } } };
  }
  return where;
}

/** The ledger: open accepted cases (scope: the hall's or the client's subtree, ORG-22), soonest due first. */
export async function listTrackingLedger(scope: Scope, filter: LedgerFilter, now = new Date(), limit = PAGE_SIZE) {
  assertCan(scope, "hall.read");
  const today = todayInShanghai(now);
  const page = Math.max(1, Math.floor(filter.page ?? 1));
  const cases = await scopedDb(scope).serviceCase.findMany({
    where: await ledgerWhere(scope, filter, today),
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    skip: (page - 1) * limit,
    take: limit + 1,
    select: {
      id: true, caseNo: true, itemName: true, status: true, acceptedAt: true, dueDate: true, firstHandlerId: true,
      client: { select: { name: true, idMasked: true } }, firstHandler: { select: { displayName: true } },
    },
  });
  const shown = cases.slice(0, limit);
  const ids = shown.map((c) => c.id);
  const lastEntries = ids.length
    ? await db.trackingEntry.findMany({ where: { caseId: { in: ids } }, orderBy: [{ caseId: "asc" }, { at: "desc" }, { id: "desc" }], distinct: ["caseId"] })
    : [];
  const lastOf = new Map(lastEntries.map((e) => [e.caseId, e]));
  const overrides = await loadOverrides();
  const rows = shown.map((c) => {
    const last = lastOf.get(c.id) ?? null;
    const f = freshnessOf(lastActivityOf(c.acceptedAt, last?.at), today, overrides);
    return {
      id: c.id, caseNo: c.caseNo, itemName: c.itemName, status: c.status, acceptedAt: c.acceptedAt, dueDate: c.dueDate,
      clientName: c.client.name, clientIdMasked: c.client.idMasked, firstHandlerName: c.firstHandler.displayName,
      last: last && { at: last.at, method: last.method, progress: last.progress, nextStep: last.nextStep },
      workingDaysSince: f.workingDays, stale: f.stale,
    };
  });
  return { rows, page, hasNext: cases.length > limit };
}
export type LedgerRow = Awaited<ReturnType<typeof listTrackingLedger>>["rows"][number];

