import "server-only";
import type { OrgLevel, Role } from "@/lib/generated/prisma/enums";
import type { Tx } from "./db";
import { writeAudit, writeAuditMany, type AuditAction } from "./audit";
import { Conflict, Forbidden, InvalidTransition } from "./errors";
import type { Scope } from "./scope";
import { isPathInScope } from "./scope";
import { findTransition, type HistoryEntry, type TransitionDef, type WorkflowDef, type WorkflowRecord } from "./workflow-rules";

export type { WorkflowDef, TransitionDef, WorkflowRecord } from "./workflow-rules";
export { availableTransitions } from "./workflow-rules";

export type FireInput<S extends string, A extends string> = {
  record: WorkflowRecord<S>;
  action: A;
  reason?: string;
  /**
   * Writes the new status with the version check, e.g. `tx.x.updateMany({ where: { id, version },
   * data: { status: to, version: { increment: 1 } } })`, and returns the count. 0 means a stale version.
   */
  commit: (tx: Tx, to: S) => Promise<number>;
  /**
   * The fields this step writes besides the status (X-01 field-level UPDATE): recorded in the same
   * audit event as the transition, e.g. `{ verification, valid, issueTags }` of a bad-review step.
   */
  changes?: Record<string, unknown>;
};

/**
 * Fires one transition: checks it against the machine (state, role, level, guard, four-eyes),
 * commits the new status, and writes the status history row and the audit event — all inside the
 * caller's transaction, so either everything happens or nothing does (STYLE.md "Workflows").
 */
export async function fireTransition<S extends string, A extends string>(
  tx: Tx,
  def: WorkflowDef<S, A>,
  scope: Scope,
  input: FireInput<S, A>,
): Promise<S> {
  const { record, action } = input;
  if (!isPathInScope(scope, record.orgPath)) throw new Forbidden();
  const history = await tx.statusHistory.findMany({
    where: { entityType: def.entityType, entityId: record.id },
    orderBy: { id: "desc" },
    take: 20,
    select: { action: true, actorId: true },
  });
  const t = findTransition(def, scope, record, action, history);
  if (t.reasonRequired && !input.reason?.trim()) throw new InvalidTransition("请填写理由");
  const count = await input.commit(tx, t.to);
  if (count !== 1) throw new Conflict();
  await tx.statusHistory.create({
    data: {
      entityType: def.entityType,
      entityId: record.id,
      orgPath: record.orgPath,
      fromStatus: record.status,
      toStatus: t.to,
      action,
      actorId: scope.userId,
      actorLevel: scope.level,
      reason: input.reason ?? null,
    },
  });
  const auditAction = auditActionOf(t);
  await writeAudit(
    tx,
    { userId: scope.userId, username: scope.username, orgUnitId: scope.orgUnitId, role: scope.role },
    {
      action: auditAction,
      entityType: def.entityType,
      entityId: record.id,
      personId: record.personId ?? undefined,
      orgPath: record.orgPath,
      reason: input.reason,
      diff: { from: record.status, to: t.to, action, ...(input.changes ? { changes: input.changes } : {}) },
    },
  );
  return t.to;
}

export type Actor = { userId: string; role: Role; level: OrgLevel; capabilities: readonly string[] };

function auditActionOf<S extends string, A extends string>(t: TransitionDef<S, A>): AuditAction {
  return t.kind === "approve" ? "APPROVE" : t.kind === "return" ? "RETURN" : t.kind === "reject" ? "REJECT" : "STATUS_CHANGE";
}

/**
 * Fires the same action on many records that share a status (e.g. a provincial export batch):
 * every record is checked exactly as fireTransition would, then status, history and audit are
 * written set-wise. `commitMany` must update every record (version-checked) or the whole batch
 * is refused as a Conflict.
 */
export async function fireTransitionMany<S extends string, A extends string>(
  tx: Tx,
  def: WorkflowDef<S, A>,
  scope: Scope,
  input: { records: readonly WorkflowRecord<S>[]; action: A; reason?: string; commitMany: (tx: Tx, to: S) => Promise<number> },
): Promise<S | null> {
  const { records, action } = input;
  if (records.length === 0) return null;
  const ids = records.map((r) => r.id);
  const history = await tx.statusHistory.findMany({
    where: { entityType: def.entityType, entityId: { in: ids } },
    orderBy: { id: "desc" },
    select: { entityId: true, action: true, actorId: true },
  });
  const byId = new Map<string, HistoryEntry[]>();
  for (const h of history) byId.set(h.entityId, [...(byId.get(h.entityId) ?? []), h]);
  let t: TransitionDef<S, A> | undefined;
  for (const record of records) {
    if (!isPathInScope(scope, record.orgPath)) throw new Forbidden();
    const found = findTransition(def, scope, record, action, byId.get(record.id) ?? []);
    if (t && found.to !== t.to) throw new InvalidTransition("批量操作中的记录状态不一致");
    t = found;
  }
  if (t!.reasonRequired && !input.reason?.trim()) throw new InvalidTransition("请填写理由");
  const count = await input.commitMany(tx, t!.to);
  if (count !== records.length) throw new Conflict("部分记录已被他人修改，请刷新后重试");
  await tx.statusHistory.createMany({
    data: records.map((r) => ({
      entityType: def.entityType, entityId: r.id, orgPath: r.orgPath, fromStatus: r.status, toStatus: t!.to, action,
      actorId: scope.userId, actorLevel: scope.level, reason: input.reason ?? null,
    })),
  });
  await writeAuditMany(
    tx,
    { userId: scope.userId, username: scope.username, orgUnitId: scope.orgUnitId, role: scope.role },
    records.map((r) => ({
      action: auditActionOf(t!), entityType: def.entityType, entityId: r.id, personId: r.personId ?? undefined, orgPath: r.orgPath,
      reason: input.reason, diff: { from: r.status, to: t!.to, action },
    })),
  );
  return t!.to;
}
