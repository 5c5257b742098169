import "server-only";
import type { Tx } from "@/lib/core/db";
import { Conflict, Forbidden, NotFound } from "@/lib/core/errors";
import { caseInScope, isPathInScope, scopedDb, type Scope } from "@/lib/core/scope";
import { fireTransition } from "@/lib/core/workflow";
import type { CaseStatus, Prisma, ServiceCase } from "@/lib/generated/prisma/client";
import { resolveResponsibility, type Responsibility } from "./responsibility";
import { caseWorkflow, type CaseAction, type CaseFacts } from "./workflow";

export type CaseWithParts = Prisma.ServiceCaseGetPayload<{ include: { materials: true; notices: true } }>;

/**
 * A case through the caller's scope (ORG-22: the client's unit or the receiving hall), or
 * NotFound. Inside a transaction the same scope.ts builder filters the row, re-read for the version check.
 */
export async function loadCaseInScope(scope: Scope, caseId: string, tx?: Tx): Promise<CaseWithParts> {
  const include = { materials: { orderBy: { sortOrder: "asc" as const } }, notices: { orderBy: { sequence: "asc" as const } } };
  const c = tx
    ? await tx.serviceCase.findFirst({ where: { id: caseId, ...caseInScope(scope) }, include })
    : await scopedDb(scope).serviceCase.findFirst({ where: { id: caseId }, include });
  if (!c) throw new NotFound("办件不存在或不在您的管辖范围内");
  return c;
}

/**
 * ORG-22 lets the client's unit READ a case; only the receiving hall's subtree WRITES it (the
 * workflow engine checks this for status changes; this is the same rule for the other edits).
 */
export async function loadCaseForHallWrite(scope: Scope, caseId: string, tx: Tx): Promise<CaseWithParts> {
  const c = await loadCaseInScope(scope, caseId, tx);
  if (!isPathInScope(scope, c.hallOrgPath)) throw new Forbidden("该办件由受理大厅办理，本单位只能查看");
  return c;
}

export function assertVersion(c: Pick<ServiceCase, "version">, version: number) {
  if (c.version !== version) throw new Conflict("该办件已被他人更新，请刷新后重试");
}

/** When the case was last (re-)accepted: the newest `accept` step of its history. */
export async function lastAcceptedAt(db: Pick<Tx, "statusHistory">, caseId: string): Promise<Date | null> {
  const h = await db.statusHistory.findFirst({ where: { entityType: caseWorkflow.entityType, entityId: caseId, action: "accept" }, orderBy: { id: "desc" }, select: { at: true } });
  return h?.at ?? null;
}

/**
 * The facts the case machine's guards read (lib/hall/cases/workflow.ts). A return for correction
 * needs a notice issued since the LAST acceptance: a notice the client already satisfied never
 * stops the clock a second time (HALL-01, AMB-12).
 */
export function factsOf(c: CaseWithParts, responsibility: Responsibility, acceptedLast: Date | null): CaseFacts {
  const issued = c.notices.filter((n) => n.status === "ISSUED");
  const clocked = c.status !== "REGISTERED" && c.status !== "PENDING_MATERIALS";
  const since = clocked ? (acceptedLast ?? c.acceptedAt ?? c.receivedAt) : c.receivedAt;
  const latest = [...issued].sort((a, b) => b.issuedAt.getTime() - a.issuedAt.getTime())[0];
  const listsMaterials = (n: (typeof issued)[number]) =>
    (n.missingMaterials as unknown[]).length > 0 || (n.defectiveMaterials as unknown[]).length > 0;
  return {
    handlerIds: responsibility.handlerIds,
    materialsComplete: c.materials.every((m) => !m.mandatory || m.state === "OK" || m.state === "NA"),
    hasIncompleteNotice: !!latest && latest.issuedAt >= since && listsMaterials(latest),
    hasRefusalNotice: issued.some((n) => !n.inScope || !!n.refusalReason),
  };
}

/**
 * Fires one step of the case machine in `tx`: resolves responsibility afresh (ORG-43), checks
 * the step through the engine, and commits status + responsibility + `data` with the version check.
 */
export async function fireCase(
  tx: Tx,
  scope: Scope,
  c: CaseWithParts,
  action: CaseAction,
  opts: { reason?: string; data?: Prisma.ServiceCaseUpdateManyMutationInput; now?: Date } = {},
): Promise<CaseStatus> {
  const now = opts.now ?? new Date();
  const [responsibility, acceptedLast] = await Promise.all([resolveResponsibility(tx, c, now), lastAcceptedAt(tx, c.id)]);
  return fireTransition(tx, caseWorkflow, scope, {
    record: { id: c.id, status: c.status, orgPath: c.hallOrgPath, personId: c.clientPersonId, facts: factsOf(c, responsibility, acceptedLast) },
    action,
    reason: opts.reason,
    changes: opts.data ? auditable(opts.data) : undefined,
    commit: async (t, to) => {
      const { count } = await t.serviceCase.updateMany({
        where: { id: c.id, version: c.version, status: c.status },
        data: {
          ...opts.data,
          status: to,
          version: { increment: 1 },
          updatedById: scope.userId,
          primaryResponsibleId: responsibility.primaryResponsibleId,
          secondaryResponsibleId: responsibility.secondaryResponsibleId,
          ...(responsibility.standInId === scope.userId ? { handledByCounterpart: true } : {}),
        },
      });
      return count;
    },
  });
}

/** The step's written fields for the audit event (dates as ISO text; nested Prisma operators dropped). */
function auditable(data: Prisma.ServiceCaseUpdateManyMutationInput): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) {
    if (v === undefined || (v !== null && typeof v === "object" && !(v instanceof Date))) continue;
    out[k] = v instanceof Date ? v.toISOString() : v;
  }
  return Object.keys(out).length ? out : undefined;
}

/** Whether `scope`'s user may act as the handler of `c` now (HALL-30/31), for non-status edits. */
export async function assertHandler(tx: Tx, scope: Scope, c: CaseWithParts, now = new Date()): Promise<Responsibility> {
  const r = await resolveResponsibility(tx, c, now);
  if (!r.handlerIds.includes(scope.userId)) throw new Forbidden("该办件由首办人负责办理；首办人不在岗时由其AB角补位");
  return r;
}
