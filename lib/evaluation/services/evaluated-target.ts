import "server-only";
import type { Tx } from "@/lib/core/db";
import { FieldError } from "@/lib/core/errors";
import { caseInScope, inScope, isPathInScope, loadUnitInScope, type Scope } from "@/lib/core/scope";

/** Who and what an evaluation or complaint is about: the evaluated unit, window, staff and case. */
export type EvaluatedTarget = {
  unit: { id: string; path: string };
  windowId: string | null;
  staffUserId: string | null;
  caseId: string | null;
  serviceItemCode: string | null;
};

/**
 * From a case number, through the caller's scope. The evaluated unit is the hall that served the
 * client (§7.8 首办负责: the staff member is the case's first handler), so the hall must be in scope
 * too — a village that owns the client does not rate or complain on behalf of the district hall.
 */
export async function caseTarget(tx: Tx, scope: Scope, caseNo: string, opts: { completed: boolean }): Promise<EvaluatedTarget> {
  const c = await tx.serviceCase.findFirst({
    where: { caseNo: caseNo.trim().toUpperCase(), ...caseInScope(scope) },
    select: { id: true, status: true, hallOrgUnitId: true, hallOrgPath: true, windowId: true, firstHandlerId: true, itemCode: true },
  });
  if (!c) throw new FieldError("caseNo", "办件不存在或不在您的管辖范围内");
  if (!isPathInScope(scope, c.hallOrgPath)) throw new FieldError("caseNo", "该办件由其他单位受理，请由受理单位录入");
  if (opts.completed && c.status !== "COMPLETED") throw new FieldError("caseNo", "该办件尚未办结，办结后才能评价");
  return { unit: { id: c.hallOrgUnitId, path: c.hallOrgPath }, windowId: c.windowId, staffUserId: c.firstHandlerId, caseId: c.id, serviceItemCode: c.itemCode };
}

/** From a unit in scope (default: the caller's own) and optionally one of its windows and staff. */
export async function unitTarget(
  tx: Tx,
  scope: Scope,
  input: { orgUnitId?: string; windowId?: string; staffUserId?: string },
): Promise<EvaluatedTarget> {
  const unit = input.orgUnitId ? await loadUnitInScope(scope, input.orgUnitId) : { id: scope.orgUnitId, path: scope.orgPath };
  let windowId: string | null = null;
  if (input.windowId) {
    const w = await tx.serviceWindow.findFirst({ where: { id: input.windowId, orgUnitId: unit.id, ...inScope(scope) }, select: { id: true } });
    if (!w) throw new FieldError("windowId", "窗口不属于被评价单位");
    windowId = w.id;
  }
  let staffUserId: string | null = null;
  if (input.staffUserId) {
    const u = await tx.user.findFirst({ where: { id: input.staffUserId, orgUnitId: unit.id, ...inScope(scope) }, select: { id: true } });
    if (!u) throw new FieldError("staffUserId", "人员不属于被评价单位");
    staffUserId = u.id;
  }
  return { unit: { id: unit.id, path: unit.path }, windowId, staffUserId, caseId: null, serviceItemCode: null };
}
