import "server-only";
import { db, type Tx } from "@/lib/core/db";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { Conflict, NotFound } from "@/lib/core/errors";
import { caseInScope, inScope, type Scope } from "@/lib/core/scope";
import { fireTransition } from "@/lib/core/workflow";
import type { HomeServiceRequest, HomeServiceStatus, Prisma } from "@/lib/generated/prisma/client";
import { homeWorkflow, type HomeAction, type HomeFacts } from "../workflow";

/** A home-service request through the caller's scope (the hall's subtree), or NotFound. */
export async function loadHomeInScope(scope: Scope, id: string, tx?: Tx): Promise<HomeServiceRequest> {
  const h = await (tx ?? db).homeServiceRequest.findFirst({ where: { id, ...inScope(scope) } });
  if (!h) throw new NotFound("上门服务记录不存在或不在您的管辖范围内");
  return h;
}

export function assertHomeVersion(h: { version: number }, version: number) {
  if (h.version !== version) throw new Conflict("该上门服务记录已被他人更新，请刷新后重试");
}

/**
 * A step that calls the case engine (which runs its own transactions) claims its request first by
 * moving the version on from the one the page showed: of two clicks exactly one proceeds, the other
 * is a Conflict. The claim is one short UPDATE — no transaction or lock is held while the case
 * engine works, so concurrent steps cannot exhaust the connection pool. Returns the claimed request.
 */
export async function claimHome(scope: Scope, h: HomeServiceRequest): Promise<HomeServiceRequest> {
  const { count } = await db.homeServiceRequest.updateMany({
    where: { id: h.id, version: h.version, status: h.status, ...inScope(scope) },
    data: { version: { increment: 1 }, updatedById: scope.userId },
  });
  if (count !== 1) throw new Conflict("该记录正在办理或已被他人更新，请刷新后重试");
  return { ...h, version: h.version + 1 };
}

const FINAL_CASE = ["COMPLETED", "NOT_ACCEPTED", "WITHDRAWN"];

export async function homeFacts(tx: Tx, scope: Scope, h: HomeServiceRequest, now: Date, override: Partial<HomeFacts> = {}): Promise<HomeFacts> {
  const [kase, item] = await Promise.all([
    h.caseId ? tx.serviceCase.findFirst({ where: { id: h.caseId, ...caseInScope(scope) }, select: { status: true } }) : null,
    // §7.3.1 a) follows the catalogue entry the request was made for (shared city-wide, ORG-24).
    tx.serviceItem.findUnique({ where: { id: h.serviceItemId }, select: { requiresOnSiteAuthentication: true } }),
  ]);
  return {
    needsOnSiteAuthentication: !!item?.requiresOnSiteAuthentication,
    serviceStaffIds: h.serviceStaffIds,
    visitDayReached: !!h.agreedAt && todayInShanghai(h.agreedAt) <= todayInShanghai(now),
    result: h.result,
    caseFinal: !!kase && FINAL_CASE.includes(kase.status),
    assistCreated: !!h.assistRequestId,
    ...override,
  };
}

/** Fires one step in `tx`, committing status + `data` with the version check. */
export async function fireHome(
  tx: Tx,
  scope: Scope,
  h: HomeServiceRequest,
  action: HomeAction,
  opts: { now: Date; reason?: string; data?: Prisma.HomeServiceRequestUncheckedUpdateManyInput; facts?: Partial<HomeFacts> },
): Promise<HomeServiceStatus> {
  return fireTransition(tx, homeWorkflow, scope, {
    record: { id: h.id, status: h.status, orgPath: h.orgPath, personId: h.applicantPersonId, facts: await homeFacts(tx, scope, h, opts.now, opts.facts) },
    action,
    reason: opts.reason,
    commit: async (t, to) => {
      const { count } = await t.homeServiceRequest.updateMany({
        where: { id: h.id, version: h.version, status: h.status },
        data: { ...opts.data, status: to, version: { increment: 1 }, updatedById: scope.userId },
      });
      return count;
    },
  });
}
