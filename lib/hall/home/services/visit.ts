import "server-only";
import { db } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { Conflict, InvalidTransition, isDomainError } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import type { HomeServiceResult } from "@/lib/generated/prisma/enums";
import { insertAssistRequest, loadAgentAndItem } from "@/lib/hall/assist/services/register";
import { loadCaseInScope } from "@/lib/hall/cases/load";
import { checkMaterials } from "@/lib/hall/cases/services/check-materials";
import { registerCase } from "@/lib/hall/cases/services/register-case";
import { completeCase, transitionCase } from "@/lib/hall/cases/services/transitions";
import { HomeRef, RecordVisitInput } from "../schemas";
import { CASE_RESULTS } from "../workflow";
import { assertHomeVersion, claimHome, fireHome, loadHomeInScope } from "./load";

/**
 * §7.3.2 d / §7.3.3: the visiting staff member records what was provided and the result.
 * - COMPLETED_ON_SITE "即时办理，当场办结": a HOME case is registered and completed at once;
 * - ACCEPTED_WITH_DEADLINE "明确告知办理程序和时限": the case is registered and accepted, and the
 *   上门服务记录单 prints its promised date;
 * - PROXY "做好代办服务": a proxy request is registered (§7.5) and the visit is closed.
 * The case engine runs its own transactions, so the case part follows the recorded visit; if it
 * stops half-way (`caseError`), advanceHomeCase resumes it.
 */
export async function recordVisit(scope: Scope, raw: RecordVisitInput, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(RecordVisitInput, raw);
  const h0 = await loadHomeInScope(scope, input.id);
  const proxyItem = input.result === "PROXY" ? await loadAgentAndItem(scope, "PROXY", input.proxy!.agentStaffId, h0.itemCode, "result") : null;
  const status = await db.$transaction(async (tx) => {
    const h = await loadHomeInScope(scope, input.id, tx);
    assertHomeVersion(h, input.version);
    const assist = proxyItem
      ? await insertAssistRequest(tx, scope, {
          kind: "PROXY", clientPersonId: h.applicantPersonId, agentStaffId: input.proxy!.agentStaffId, item: proxyItem,
          proxyReason: input.proxy!.proxyReason ?? null, proxyReasonText: input.proxy!.proxyReasonText ?? null,
          entrustmentNote: input.proxy!.entrustmentNote ?? null, checks: input.proxy!.materials,
        }, now)
      : null;
    const visited = await fireHome(tx, scope, h, "visit", {
      now, data: { servicesProvided: input.servicesProvided, result: input.result, resultNote: input.resultNote ?? null, assistRequestId: assist?.id ?? null },
    });
    if (!assist) return visited;
    // "→ CLOSED … or proxy request created": the visit's part ends here; the proxy goes on in §7.5.
    return fireHome(tx, scope, { ...h, status: visited, version: h.version + 1, result: input.result, assistRequestId: assist.id }, "close", { now });
  });
  if (!CASE_RESULTS.includes(input.result)) return { status, caseError: null };
  try {
    const r = await advanceHomeCase(scope, { id: input.id, version: input.version + 1 }, now);
    return { status: r.status, caseError: null };
  } catch (e) {
    if (!isDomainError(e)) throw e;
    return { status, caseError: `上门服务结果已登记，但办件登记未完成：${e.message}。请处理后点击“继续办件登记”。` };
  }
}

/**
 * Registers (once) and moves the visit's case as far as its result says; resumable. The request
 * is claimed first (one click wins; no connection is held while the case engine runs).
 */
export async function advanceHomeCase(scope: Scope, raw: { id: string; version: number }, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(HomeRef, raw);
  const loaded = await loadHomeInScope(scope, input.id);
  assertHomeVersion(loaded, input.version);
  if (loaded.status !== "VISITED" || !loaded.result || !CASE_RESULTS.includes(loaded.result)) throw new InvalidTransition("该上门服务无需登记办件");
  if (!loaded.serviceStaffIds.includes(scope.userId)) throw new InvalidTransition("由上门服务人员登记办件");
  let h = await claimHome(scope, loaded);
  if (!h.caseId) {
    const kase = await registerCase(scope, { clientPersonId: h.applicantPersonId, serviceItemCode: h.itemCode, channel: "HOME" }, now);
    const claimed = h;
    await db.$transaction(async (tx) => {
      const { count } = await tx.homeServiceRequest.updateMany({
        where: { id: claimed.id, version: claimed.version, caseId: null },
        data: { caseId: kase.id, version: { increment: 1 }, updatedById: scope.userId },
      });
      if (count !== 1) throw new Conflict("该上门服务记录已被他人更新，请刷新后重试");
      await writeAudit(tx, actorOf(scope), {
        action: "UPDATE", entityType: "HomeServiceRequest", entityId: claimed.id, personId: claimed.applicantPersonId, orgPath: claimed.orgPath,
        diff: { caseId: { from: null, to: kase.id }, caseNo: kase.caseNo },
      });
    });
    h = await loadHomeInScope(scope, h.id);
  }
  const caseStatus = await driveCase(scope, h.caseId!, h.result!, now);
  if (h.result !== "COMPLETED_ON_SITE" || caseStatus !== "COMPLETED") return { status: h.status, caseId: h.caseId };
  const current = h;
  const status = await db.$transaction((tx) => fireHome(tx, scope, current, "close", { now }));
  return { status, caseId: h.caseId };
}

/**
 * Materials checked on the spot → accepted; on-the-spot completion → started and completed (DONE).
 * Only materials nobody has checked yet (PENDING) are marked OK from the visit: a MISSING or
 * DEFECTIVE found by a clerk on a resumed case stands, and acceptance then waits for it.
 */
async function driveCase(scope: Scope, caseId: string, result: HomeServiceResult, now: Date) {
  let c = await loadCaseInScope(scope, caseId);
  if (c.status === "REGISTERED" || c.status === "PENDING_MATERIALS") {
    const unchecked = c.materials.filter((m) => m.state === "PENDING");
    if (unchecked.length > 0) {
      await checkMaterials(scope, { caseId, version: c.version, materials: unchecked.map((m) => ({ id: m.id, state: "OK" as const })) }, now);
      c = await loadCaseInScope(scope, caseId);
    }
    await transitionCase(scope, { caseId, version: c.version, action: "accept" }, now);
    c = await loadCaseInScope(scope, caseId);
  }
  if (result !== "COMPLETED_ON_SITE") return c.status;
  if (c.status === "ACCEPTED") {
    await transitionCase(scope, { caseId, version: c.version, action: "start" }, now);
    c = await loadCaseInScope(scope, caseId);
  }
  if (c.status === "IN_PROGRESS") {
    await completeCase(scope, { caseId, version: c.version, outcome: "DONE", outcomeNote: "上门服务当场办结（§7.3.3）" }, now);
    c = await loadCaseInScope(scope, caseId);
  }
  return c.status;
}

/** VISITED → CLOSED once the case has ended (ACCEPTED_WITH_DEADLINE: completed within its promise, or otherwise). */
export async function closeHome(scope: Scope, raw: { id: string; version: number }, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(HomeRef, raw);
  return db.$transaction(async (tx) => {
    const h = await loadHomeInScope(scope, input.id, tx);
    assertHomeVersion(h, input.version);
    return fireHome(tx, scope, h, "close", { now });
  });
}
