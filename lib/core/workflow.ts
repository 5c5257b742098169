import "server-only";
import type { OrgLevel, Role } from "@/lib/generated/prisma/enums";
import type { Tx } from "./db";
import { writeAudit, type AuditAction } from "./audit";
import { Conflict, Forbidden, InvalidTransition } from "./errors";
import type { Scope } from "./scope";
import { isPathInScope } from "./scope";
import { findTransition, type WorkflowDef, type WorkflowRecord } from "./workflow-rules";

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
  const auditAction: AuditAction = t.kind === "approve" ? "APPROVE" : t.kind === "return" ? "RETURN" : t.kind === "reject" ? "REJECT" : "STATUS_CHANGE";
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
      diff: { from: record.status, to: t.to, action },
    },
  );
  return t.to;
}

export type Actor = { userId: string; role: Role; level: OrgLevel; capabilities: readonly string[] };
