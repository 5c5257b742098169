import "server-only";
import { db } from "@/lib/core/db";
import { loadOverrides } from "@/lib/core/calendar";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { can } from "@/lib/core/permissions";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { availableTransitions } from "@/lib/core/workflow";
import { entriesOfLoadedCase } from "@/lib/hall/follow-up/tracking-queries";
import { dateOnly, isOverdue, workingDaysLeft } from "./due-date";
import { factsOf, loadCaseInScope } from "./load";
import { resolveResponsibility } from "./responsibility";
import { caseWorkflow, CLOCKED_CASE_STATUSES, OPEN_CASE_STATUSES } from "./workflow";
import { isPathInScope } from "@/lib/core/scope";

/** Everything the case page shows, and what this user may do on it (the engine decides). */
export async function getCaseDetail(scope: Scope, caseId: string, now = new Date()) {
  assertCan(scope, "hall.read");
  const c = await loadCaseInScope(scope, caseId);
  const today = todayInShanghai(now);
  const [responsibility, history, extensions, card, invitation, client, window, overrides, hallStaff, tracking] = await Promise.all([
    resolveResponsibility(db, c, now),
    db.statusHistory.findMany({ where: { entityType: caseWorkflow.entityType, entityId: c.id }, orderBy: { id: "asc" } }),
    db.caseExtension.findMany({ where: { caseId: c.id }, orderBy: { requestedAt: "asc" } }),
    db.contactServiceCard.findFirst({ where: { caseId: c.id, purpose: "CASE_CONTACT" }, select: { id: true, cardNo: true, printedCount: true } }),
    db.evaluationInvitation.findUnique({ where: { caseId: c.id }, select: { id: true, usedAt: true, expiresAt: true } }),
    db.person.findUniqueOrThrow({ where: { id: c.clientPersonId }, select: { id: true, name: true, idMasked: true, orgUnit: { select: { name: true } } } }),
    c.windowId ? db.serviceWindow.findUnique({ where: { id: c.windowId }, select: { windowNo: true, name: true } }) : null,
    loadOverrides(),
    db.user.findMany({
      where: { orgUnitId: c.hallOrgUnitId, active: true, role: { in: ["CLERK", "REVIEWER"] } },
      select: { id: true, displayName: true }, orderBy: { displayName: "asc" },
    }),
    entriesOfLoadedCase(c.id),
  ]);
  const userIds = [...new Set([
    ...history.map((h) => h.actorId), c.firstHandlerId, c.primaryResponsibleId, c.secondaryResponsibleId, c.supplementById,
    ...extensions.flatMap((e) => [e.requestedById, e.decidedById]), ...c.notices.flatMap((n) => [n.issuedById, n.approvedById]),
  ].filter((x): x is string => !!x))];
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } });
  const nameOf = (id: string | null | undefined) => (id ? (users.find((u) => u.id === id)?.displayName ?? "—") : "—");

  const acceptedLast = [...history].reverse().find((h) => h.action === "accept")?.at ?? null;
  const facts = factsOf(c, responsibility, acceptedLast);
  const record = { id: c.id, status: c.status, orgPath: c.hallOrgPath, personId: c.clientPersonId, facts };
  const transitions = availableTransitions(caseWorkflow, scope, record, [...history].reverse()).map((t) => ({ action: t.action, label: t.label }));
  const isHandler = responsibility.handlerIds.includes(scope.userId) && can(scope, "hall.handle");
  // ORG-22: the client's unit reads the case; only the receiving hall's subtree writes it.
  const atHall = isPathInScope(scope, c.hallOrgPath);
  const open = OPEN_CASE_STATUSES.includes(c.status);
  const due = dateOnly(c.dueDate);
  const pendingExtension = extensions.find((e) => e.status === "REQUESTED");

  return {
    case: c,
    client,
    window,
    card,
    invitation,
    history: history.map((h) => ({ id: String(h.id), at: h.at, action: h.action, fromStatus: h.fromStatus, toStatus: h.toStatus, reason: h.reason, actorName: nameOf(h.actorId) })),
    extensions: extensions.map((e) => ({ ...e, requestedByName: nameOf(e.requestedById), decidedByName: nameOf(e.decidedById) })),
    notices: c.notices.map((n) => ({ ...n, issuedByName: nameOf(n.issuedById), approvedByName: nameOf(n.approvedById) })),
    names: {
      firstHandler: nameOf(c.firstHandlerId), primary: nameOf(responsibility.primaryResponsibleId),
      secondary: nameOf(responsibility.secondaryResponsibleId), supplementBy: nameOf(c.supplementById),
    },
    responsibility,
    transitions,
    tracking,
    due: due ? { date: due, overdue: isOverdue(due, CLOCKED_CASE_STATUSES.includes(c.status), today), left: workingDaysLeft(due, today, overrides) } : null,
    can: {
      handle: isHandler && open,
      checkMaterials: isHandler && open,
      issueNotice: isHandler && open && c.status !== "ACCEPTED" && !c.notices.some((n) => n.status === "PENDING_APPROVAL"),
      /** A notice now would be a second one (HALL-01): it needs a reviewer's reason. */
      secondNotice: c.notices.some((n) => n.status === "ISSUED" && n.inScope && !n.refusalReason),
      refuse: isHandler && c.status === "REGISTERED",
      complete: transitions.some((t) => t.action === "complete" || t.action === "approveComplete"),
      withdraw: transitions.some((t) => t.action === "withdraw"),
      supplement: atHall && can(scope, "hall.handle") && c.status === "PENDING_MATERIALS",
      requestExtension: isHandler && CLOCKED_CASE_STATUSES.includes(c.status) && !extensions.some((e) => e.status !== "REFUSED"),
      decideExtension: !!pendingExtension && can(scope, "hall.review") && pendingExtension.requestedById !== scope.userId,
      decideNotice: can(scope, "hall.review"),
      reassign: atHall && open && can(scope, "hall.handle") && scope.capabilities.includes("WINDOW_LEAD"),
      print: can(scope, "hall.read"),
      // EVA-02: a completed case shows its evaluation QR code to scan at the window.
      showInvitation: c.status === "COMPLETED" && can(scope, "eval.read"),
      // §7.4.1: the first handler (or the stand-in) keeps the case's tracking ledger while it is open.
      track: isHandler && open,
    },
    hallStaff,
  };
}
export type CaseDetail = Awaited<ReturnType<typeof getCaseDetail>>;
