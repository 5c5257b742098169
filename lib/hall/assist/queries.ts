import "server-only";
import { db } from "@/lib/core/db";
import { assertCan } from "@/lib/core/permissions";
import { caseInScope, scopedDb, type Scope } from "@/lib/core/scope";
import { availableTransitions } from "@/lib/core/workflow";
import type { AssistKind, AssistStatus, Prisma } from "@/lib/generated/prisma/client";
import { listUnitStaff } from "@/lib/hall/appointments/staff";
import { ASSIST_KINDS } from "./schemas";
import { assistFacts, loadAssistInScope } from "./services/load";
import { assistWorkflow } from "./workflow";

const PAGE_SIZE = 50;
const STATUSES = ["REGISTERED", "PENDING_MATERIALS", "ACCOMPANIED", "MATERIALS_RECEIVED", "PROCESSING", "RESULT_HANDED_OVER", "COMPLETED", "CANCELLED"] as const;

export type AssistFilter = { kind?: string; status?: string; mine?: string; page?: number };

/** The scoped list, newest first, masked; no whole-table COUNT. */
export async function listAssistRequests(scope: Scope, f: AssistFilter) {
  assertCan(scope, "hall.read");
  const page = Math.max(1, Math.floor(f.page ?? 1));
  const where: Prisma.AssistRequestWhereInput = {};
  const kind = ASSIST_KINDS.find((k) => k === f.kind);
  const status = STATUSES.find((s) => s === f.status);
  if (kind) where.kind = kind as AssistKind;
  if (status) where.status = status as AssistStatus;
  if (f.mine === "1") where.agentStaffId = scope.userId;
  const sdb = scopedDb(scope);
  const rows = await sdb.assistRequest.findMany({
    where, orderBy: [{ registeredAt: "desc" }, { id: "desc" }], skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE + 1,
    select: { id: true, kind: true, status: true, registeredAt: true, completedAt: true, itemCode: true, serviceItemId: true, clientPersonId: true, agentStaffId: true, caseId: true },
  });
  const shown = rows.slice(0, PAGE_SIZE);
  const [persons, agents, items] = await Promise.all([
    sdb.person.findMany({ where: { id: { in: [...new Set(shown.map((r) => r.clientPersonId))] } }, select: { id: true, name: true, idMasked: true } }),
    sdb.user.findMany({ where: { id: { in: [...new Set(shown.map((r) => r.agentStaffId))] } }, select: { id: true, displayName: true } }),
    db.serviceItem.findMany({ where: { id: { in: [...new Set(shown.map((r) => r.serviceItemId))] } }, select: { id: true, name: true } }),
  ]);
  const person = new Map(persons.map((p) => [p.id, p]));
  const agent = new Map(agents.map((a) => [a.id, a.displayName]));
  const item = new Map(items.map((i) => [i.id, i.name]));
  return {
    page,
    hasNext: rows.length > PAGE_SIZE,
    rows: shown.map((r) => ({ ...r, person: person.get(r.clientPersonId) ?? null, agentName: agent.get(r.agentStaffId) ?? "—", itemName: item.get(r.serviceItemId) ?? r.itemCode })),
  };
}

/** One request with its client, agent, item, notices, hand-overs, case, history and the steps this user may take. */
export async function getAssistRequest(scope: Scope, id: string) {
  assertCan(scope, "hall.read");
  const a = await loadAssistInScope(scope, id);
  const sdb = scopedDb(scope);
  const [person, item, notices, kase, history, windows] = await Promise.all([
    sdb.person.findFirst({ where: { id: a.clientPersonId }, select: { id: true, name: true, idMasked: true } }),
    db.serviceItem.findUnique({ where: { id: a.serviceItemId }, include: { materials: { orderBy: { sortOrder: "asc" } } } }),
    sdb.oneTimeNotice.findMany({ where: { assistRequestId: a.id }, orderBy: { issuedAt: "asc" } }),
    a.caseId ? db.serviceCase.findFirst({ where: { id: a.caseId, ...caseInScope(scope) }, select: { id: true, caseNo: true, status: true, outcome: true } }) : null,
    sdb.statusHistory.findMany({ where: { entityType: assistWorkflow.entityType, entityId: a.id }, orderBy: { id: "desc" }, take: 30 }),
    sdb.serviceWindow.findMany({ where: { orgUnitId: a.orgUnitId, active: true }, orderBy: { windowNo: "asc" }, select: { id: true, windowNo: true, name: true, isIntegrated: true, serviceItemCodes: true, isProxyWindow: true } }),
  ]);
  const userIds = [...new Set([a.agentStaffId, ...history.map((h) => h.actorId)])];
  const users = await sdb.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } });
  const nameOf = new Map(users.map((u) => [u.id, u.displayName]));
  const facts = await assistFacts(db, scope, a);
  const record = { id: a.id, status: a.status, orgPath: a.orgPath, personId: a.clientPersonId };
  const steps = availableTransitions(assistWorkflow, scope, { ...record, facts }, history).map((t) => ({ action: t.action, label: t.label }));
  // The ASSIST "accompany" and PROXY "startProcessing" steps find or create the case themselves: the
  // engine is asked as if the case were there, so every other rule (e.g. HALL-71) still decides.
  const withCase = availableTransitions(assistWorkflow, scope, { ...record, facts: { ...facts, caseLinked: true } }, history);
  const agentOrReviewer = a.agentStaffId === scope.userId || scope.role === "REVIEWER";
  const offers = {
    accompany: withCase.some((t) => t.action === "accompany"),
    startProcessing: withCase.some((t) => t.action === "startProcessing"),
    handoverIn: agentOrReviewer && a.kind === "PROXY" && a.status === "REGISTERED",
    // Materials go back before a case (then the proxy may be called off) or the result after it.
    handoverOut: agentOrReviewer && a.kind === "PROXY" && ((a.status === "MATERIALS_RECEIVED" && !a.caseId) || a.status === "PROCESSING"),
  };
  return {
    request: a,
    person,
    item,
    agentName: nameOf.get(a.agentStaffId) ?? "—",
    notices,
    case: kase,
    facts,
    windows: windows.filter((w) => w.isIntegrated || w.serviceItemCodes.includes(a.itemCode)),
    steps: steps.filter((s) => s.action !== "accompany" && s.action !== "startProcessing" && s.action !== "receiveMaterials" && s.action !== "handOverResult"),
    offers,
    history: history.map((h) => ({ id: String(h.id), at: h.at, action: h.action, from: h.fromStatus, to: h.toStatus, reason: h.reason, actorName: nameOf.get(h.actorId) ?? "—" })),
  };
}

/** The registration form: items receivable here with their material lists, and the unit's PROXY_AGENT staff (§7.5.2). */
export async function getAssistFormOptions(scope: Scope) {
  assertCan(scope, "hall.handle");
  const [items, agents] = await Promise.all([
    db.serviceItem.findMany({
      where: { status: "PUBLISHED", levels: { has: scope.level } },
      orderBy: [{ module: "asc" }, { code: "asc" }],
      select: {
        code: true, name: true, proxyEligible: true,
        materials: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true, mandatory: true, originalOrCopy: true, count: true, howToObtain: true } },
      },
    }),
    listUnitStaff(scope, scope.orgUnitId, "PROXY_AGENT"),
  ]);
  return { items, agents };
}
