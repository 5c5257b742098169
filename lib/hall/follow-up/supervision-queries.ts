import "server-only";
import { db } from "@/lib/core/db";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { NotFound } from "@/lib/core/errors";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { availableTransitions } from "@/lib/core/workflow";
import type { Prisma, SupervisionStatus } from "@/lib/generated/prisma/client";
import { supervisionWorkflow } from "./supervision-workflow";
import { userNamesOf } from "./user-names";

// §7.4.2 督导落实: tasks of the units in scope, open ones by due date.

const PAGE_SIZE = 50;
const STATUSES = ["OPEN", "IN_PROGRESS", "RESOLVED", "VERIFIED"] as const;
const CLOSED: readonly SupervisionStatus[] = ["RESOLVED", "VERIFIED"];

export type SupervisionFilter = { status?: string; page?: number };

export async function listSupervisionTasks(scope: Scope, filter: SupervisionFilter, now = new Date(), limit = PAGE_SIZE) {
  assertCan(scope, "hall.read");
  const status = STATUSES.find((s) => s === filter.status);
  const where: Prisma.SupervisionTaskWhereInput = status ? { status } : {};
  const page = Math.max(1, Math.floor(filter.page ?? 1));
  const tasks = await scopedDb(scope).supervisionTask.findMany({
    where, orderBy: [{ status: "asc" }, { dueDate: "asc" }, { id: "asc" }], skip: (page - 1) * limit, take: limit + 1,
  });
  const shown = tasks.slice(0, limit);
  const [units, names] = await Promise.all([unitNamesOf(shown.map((t) => t.assigneeOrgUnitId)), userNamesOf(shown.map((t) => t.supervisorId ?? ""))]);
  const today = todayInShanghai(now);
  const rows = shown.map((t) => ({
    ...t,
    unitName: units.get(t.assigneeOrgUnitId) ?? "—",
    supervisorName: t.supervisorId ? (names.get(t.supervisorId) ?? "—") : null,
    overdue: !CLOSED.includes(t.status) && t.dueDate.toISOString().slice(0, 10) < today,
  }));
  return { rows, page, hasNext: tasks.length > limit };
}
export type SupervisionRow = Awaited<ReturnType<typeof listSupervisionTasks>>["rows"][number];

/** One task, its history and the steps this user may take now (the engine decides, not the screen). */
export async function getSupervisionTask(scope: Scope, id: string, now = new Date()) {
  assertCan(scope, "hall.read");
  const task = await scopedDb(scope).supervisionTask.findFirst({ where: { id } });
  if (!task) throw new NotFound("督导任务不存在或不在您的管辖范围内");
  const history = await db.statusHistory.findMany({ where: { entityType: supervisionWorkflow.entityType, entityId: task.id }, orderBy: { id: "desc" }, take: 20 });
  const [units, names, visit] = await Promise.all([
    unitNamesOf([task.assigneeOrgUnitId]),
    userNamesOf([task.supervisorId ?? "", task.verifiedById ?? "", ...history.map((h) => h.actorId)]),
    task.origin === "RETURN_VISIT" ? db.returnVisit.findUnique({ where: { id: task.sourceId }, select: { id: true, caseId: true } }) : null,
  ]);
  const transitions = availableTransitions(
    supervisionWorkflow, scope, { id: task.id, status: task.status, orgPath: task.orgPath, facts: { assigneeOrgUnitId: task.assigneeOrgUnitId } }, history,
  ).map((t) => ({ action: t.action, label: t.label }));
  return {
    task,
    unitName: units.get(task.assigneeOrgUnitId) ?? "—",
    supervisorName: task.supervisorId ? (names.get(task.supervisorId) ?? "—") : null,
    verifiedByName: task.verifiedById ? (names.get(task.verifiedById) ?? "—") : null,
    overdue: !CLOSED.includes(task.status) && task.dueDate.toISOString().slice(0, 10) < todayInShanghai(now),
    sourceVisitId: visit?.id ?? null,
    history: history.map((h) => ({ id: String(h.id), at: h.at, fromStatus: h.fromStatus, toStatus: h.toStatus, action: h.action, reason: h.reason, actorName: names.get(h.actorId) ?? "—" })),
    transitions,
  };
}

async function unitNamesOf(ids: string[]) {
  const unique = [...new Set(ids)];
  const rows = unique.length ? await db.orgUnit.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } }) : [];
  return new Map(rows.map((u) => [u.id, u.name]));
}

