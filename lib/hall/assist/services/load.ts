import "server-only";
import type { Tx } from "@/lib/core/db";
import { Conflict, NotFound } from "@/lib/core/errors";
import { caseInScope, inScope, type Scope } from "@/lib/core/scope";
import { fireTransition } from "@/lib/core/workflow";
import { findTransition } from "@/lib/core/workflow-rules";
import type { AssistStatus, Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/core/db";
import { assistWorkflow, type AssistAction, type AssistFacts } from "../workflow";

export type AssistWithHandovers = Prisma.AssistRequestGetPayload<{ include: { handovers: true } }>;

/** An assist/proxy request through the caller's scope (the hall's subtree), or NotFound; its hand-overs are its children. */
export async function loadAssistInScope(scope: Scope, id: string, tx?: Tx): Promise<AssistWithHandovers> {
  const a = await (tx ?? db).assistRequest.findFirst({ where: { id, ...inScope(scope) }, include: { handovers: true } });
  if (!a) throw new NotFound("帮办代办记录不存在或不在您的管辖范围内");
  return a;
}

export function assertAssistVersion(a: { version: number }, version: number) {
  if (a.version !== version) throw new Conflict("该委托已被他人更新，请刷新后重试");
}

/**
 * A step that calls the case engine (which runs its own transactions) claims its request first by
 * moving the version on from the one the page showed: of two clicks exactly one proceeds, the other
 * is a Conflict. The claim is one short UPDATE — no transaction or lock is held while the case
 * engine works, so concurrent steps cannot exhaust the connection pool. Returns the claimed request.
 */
export async function claimAssist(scope: Scope, a: AssistWithHandovers): Promise<AssistWithHandovers> {
  const { count } = await db.assistRequest.updateMany({
    where: { id: a.id, version: a.version, status: a.status, ...inScope(scope) },
    data: { version: { increment: 1 }, updatedById: scope.userId },
  });
  if (count !== 1) throw new Conflict("该记录正在办理或已被他人更新，请刷新后重试");
  return { ...a, version: a.version + 1 };
}

const FINAL_CASE = ["COMPLETED", "NOT_ACCEPTED", "WITHDRAWN"];

export const signed = (h: { fromSignedAt: Date | null; toSignedAt: Date | null } | undefined) => !!h?.fromSignedAt && !!h?.toSignedAt;

/** The facts the machine's guards read; the linked case is read through the caller's scope. */
export async function assistFacts(tx: Tx, scope: Scope, a: AssistWithHandovers, override: Partial<AssistFacts> = {}): Promise<AssistFacts> {
  const kase = a.caseId ? await tx.serviceCase.findFirst({ where: { id: a.caseId, ...caseInScope(scope) }, select: { status: true } }) : null;
  return {
    kind: a.kind,
    agentStaffId: a.agentStaffId,
    caseLinked: !!a.caseId,
    caseFinal: !!kase && FINAL_CASE.includes(kase.status),
    handoverInSigned: signed(a.handovers.find((h) => h.direction === "IN")),
    handoverOutSigned: signed(a.handovers.find((h) => h.direction === "OUT")),
    ...override,
  };
}

/**
 * Checks `action` against the machine (state, role, guards) without writing anything: for a step
 * whose case-engine work comes before the transition, so a refused step registers no case.
 */
export async function assertAssistStep(scope: Scope, a: AssistWithHandovers, action: AssistAction, facts: Partial<AssistFacts> = {}) {
  const history = await db.statusHistory.findMany({
    where: { entityType: assistWorkflow.entityType, entityId: a.id }, orderBy: { id: "desc" }, take: 20, select: { action: true, actorId: true },
  });
  const record = { id: a.id, status: a.status, orgPath: a.orgPath, personId: a.clientPersonId, facts: await assistFacts(db, scope, a, facts) };
  findTransition(assistWorkflow, scope, record, action, history);
}

/** Fires one step in `tx`, committing status + `data` with the version check. */
export async function fireAssist(
  tx: Tx,
  scope: Scope,
  a: AssistWithHandovers,
  action: AssistAction,
  opts: { reason?: string; data?: Prisma.AssistRequestUncheckedUpdateManyInput; facts?: Partial<AssistFacts> } = {},
): Promise<AssistStatus> {
  return fireTransition(tx, assistWorkflow, scope, {
    record: { id: a.id, status: a.status, orgPath: a.orgPath, personId: a.clientPersonId, facts: await assistFacts(tx, scope, a, opts.facts) },
    action,
    reason: opts.reason,
    commit: async (t, to) => {
      const { count } = await t.assistRequest.updateMany({
        where: { id: a.id, version: a.version, status: a.status },
        data: { ...opts.data, status: to, version: { increment: 1 }, updatedById: scope.userId },
      });
      return count;
    },
  });
}
