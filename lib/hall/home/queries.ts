import "server-only";
import { db } from "@/lib/core/db";
import { assertCan } from "@/lib/core/permissions";
import { caseInScope, scopedDb, type Scope } from "@/lib/core/scope";
import { availableTransitions } from "@/lib/core/workflow";
import type { HomeServiceStatus, Prisma } from "@/lib/generated/prisma/client";
import { listReceivableItems } from "@/lib/hall/appointments/items";
import { listUnitStaff } from "@/lib/hall/appointments/staff";
import { homeFacts, loadHomeInScope } from "./services/load";
import { homeWorkflow } from "./workflow";

const PAGE_SIZE = 50;
const STATUSES = ["REQUESTED", "ELIGIBLE", "REJECTED", "SCHEDULED", "VISITED", "CLOSED"] as const;

export type HomeFilter = { status?: string; mine?: string; page?: number };

/** The scoped list, newest first; no whole-table COUNT. */
export async function listHomeRequests(scope: Scope, f: HomeFilter) {
  assertCan(scope, "hall.read");
  const page = Math.max(1, Math.floor(f.page ?? 1));
  const where: Prisma.HomeServiceRequestWhereInput = {};
  const status = STATUSES.find((s) => s === f.status);
  if (status) where.status = status as HomeServiceStatus;
  if (f.mine === "1") where.serviceStaffIds = { has: scope.userId };
  const sdb = scopedDb(scope);
  const rows = await sdb.homeServiceRequest.findMany({
    where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE + 1,
    select: {
      id: true, status: true, createdAt: true, agreedAt: true, itemCode: true, serviceItemId: true, applicantPersonId: true, hardship: true,
      needsOnSiteAuthentication: true, exceptionApprovedById: true, result: true, caseId: true,
    },
  });
  const shown = rows.slice(0, PAGE_SIZE);
  const [persons, items] = await Promise.all([
    sdb.person.findMany({ where: { id: { in: [...new Set(shown.map((r) => r.applicantPersonId))] } }, select: { id: true, name: true, idMasked: true } }),
    db.serviceItem.findMany({ where: { id: { in: [...new Set(shown.map((r) => r.serviceItemId))] } }, select: { id: true, name: true } }),
  ]);
  const person = new Map(persons.map((p) => [p.id, p]));
  const item = new Map(items.map((i) => [i.id, i.name]));
  return {
    page,
    hasNext: rows.length > PAGE_SIZE,
    rows: shown.map((r) => ({ ...r, person: person.get(r.applicantPersonId) ?? null, itemName: item.get(r.serviceItemId) ?? r.itemCode })),
  };
}

/** One request with names, the linked case or proxy request, history, and the steps this user may take. */
export async function getHomeRequest(scope: Scope, id: string, now = new Date()) {
  assertCan(scope, "hall.read");
  const h = await loadHomeInScope(scope, id);
  const sdb = scopedDb(scope);
  const [person, item, kase, assist, history] = await Promise.all([
    sdb.person.findFirst({ where: { id: h.applicantPersonId }, select: { id: true, name: true, idMasked: true } }),
    db.serviceItem.findUnique({
      where: { id: h.serviceItemId },
      select: { code: true, name: true, promisedWorkingDays: true, proxyEligible: true, requiresOnSiteAuthentication: true, materials: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true, mandatory: true, originalOrCopy: true, howToObtain: true } } },
    }),
    h.caseId ? db.serviceCase.findFirst({ where: { id: h.caseId, ...caseInScope(scope) }, select: { id: true, caseNo: true, status: true, promisedDueDate: true, dueDate: true } }) : null,
    h.assistRequestId ? sdb.assistRequest.findFirst({ where: { id: h.assistRequestId }, select: { id: true, status: true } }) : null,
    sdb.statusHistory.findMany({ where: { entityType: homeWorkflow.entityType, entityId: h.id }, orderBy: { id: "desc" }, take: 30 }),
  ]);
  const userIds = [...new Set([...h.serviceStaffIds, ...history.map((x) => x.actorId), h.exceptionApprovedById].filter((x): x is string => !!x))];
  const users = await sdb.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } });
  const nameOf = new Map(users.map((u) => [u.id, u.displayName]));
  const facts = await db.$transaction((tx) => homeFacts(tx, scope, h, now));
  const steps = availableTransitions(homeWorkflow, scope, { id: h.id, status: h.status, orgPath: h.orgPath, personId: h.applicantPersonId, facts }, history)
    .map((t) => ({ action: t.action, label: t.label }));
  return {
    request: h,
    person,
    item,
    case: kase,
    assist,
    staffNames: h.serviceStaffIds.map((sid) => nameOf.get(sid) ?? "—"),
    exceptionApprovedByName: h.exceptionApprovedById ? (nameOf.get(h.exceptionApprovedById) ?? "—") : null,
    steps,
    /** The visit went through but its case did not (yet) reach the state its result needs. */
    caseUnfinished: h.status === "VISITED" && (h.result === "COMPLETED_ON_SITE" || h.result === "ACCEPTED_WITH_DEADLINE") &&
      (!kase || kase.status === "REGISTERED" || kase.status === "PENDING_MATERIALS" || (h.result === "COMPLETED_ON_SITE" && kase.status !== "COMPLETED")),
    isServiceStaff: h.serviceStaffIds.includes(scope.userId),
    history: history.map((x) => ({ id: String(x.id), at: x.at, action: x.action, from: x.fromStatus, to: x.toStatus, reason: x.reason, actorName: nameOf.get(x.actorId) ?? "—" })),
  };
}

/** The request form: items the catalogue marks 可上门办理 (§7.3) at the caller's level. */
export async function getHomeFormOptions(scope: Scope) {
  assertCan(scope, "hall.handle");
  return { items: await listReceivableItems(scope, { homeServiceEligible: true }) };
}

/** The detail page's forms: the unit's staff (schedule) and PROXY_AGENT staff (a proxy result). */
export async function getHomeStaffOptions(scope: Scope, unitId: string) {
  const [staff, agents] = await Promise.all([listUnitStaff(scope, unitId), listUnitStaff(scope, unitId, "PROXY_AGENT")]);
  return { staff, agents };
}
