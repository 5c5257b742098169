import "server-only";
import { db } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { Conflict, FieldError } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import { caseInScope, scopedDb, type Scope } from "@/lib/core/scope";
import { registerCase } from "@/lib/hall/cases/services/register-case";
import { AccompanyInput, CancelAssistInput, CompleteAssistInput, StartProxyInput, SupplementAssistInput } from "../schemas";
import { assertAssistStep, assertAssistVersion, claimAssist, fireAssist, loadAssistInScope } from "./load";

/** The missing materials listed in the notice were brought: the request is complete (§7.5.3.2). */
export async function supplementAssist(scope: Scope, raw: SupplementAssistInput) {
  assertCan(scope, "hall.handle");
  const input = parseInput(SupplementAssistInput, raw);
  return db.$transaction(async (tx) => {
    const a = await loadAssistInScope(scope, input.id, tx);
    assertAssistVersion(a, input.version);
    return fireAssist(tx, scope, a, "supplement", { reason: input.note, data: { materialsComplete: true } });
  });
}

/**
 * 帮办 §7.5.3.2 "带领办理人去相关窗口办理": the window registered the client's case; the agent
 * confirms, and the request links the newest case of this client and item at that window since
 * the entrustment was registered.
 */
export async function accompanyAssist(scope: Scope, raw: AccompanyInput) {
  assertCan(scope, "hall.handle");
  const input = parseInput(AccompanyInput, raw);
  return db.$transaction(async (tx) => {
    const a = await loadAssistInScope(scope, input.id, tx);
    assertAssistVersion(a, input.version);
    const window = await scopedDb(scope).serviceWindow.findFirst({ where: { id: input.targetWindowId, orgUnitId: a.orgUnitId, active: true } });
    if (!window) throw new FieldError("targetWindowId", "请选择本单位在用的窗口");
    if (!window.isIntegrated && !window.serviceItemCodes.includes(a.itemCode)) throw new FieldError("targetWindowId", "该窗口不受理此事项，请选择受理该事项的窗口");
    const kase = await tx.serviceCase.findFirst({
      where: { AND: [caseInScope(scope)], clientPersonId: a.clientPersonId, itemCode: a.itemCode, windowId: window.id, receivedAt: { gte: a.registeredAt } },
      orderBy: { receivedAt: "desc" },
      select: { id: true },
    });
    return fireAssist(tx, scope, a, "accompany", {
      facts: { caseLinked: !!kase },
      data: { targetWindowId: window.id, caseId: kase?.id ?? null },
    });
  });
}

/**
 * 代办 "由代办人员代替申请人完成代办事项": the agent registers the client's case (channel PROXY)
 * in the case engine, the request links it and moves to 代办中. Every rule of the step is checked
 * before a case is registered; the request is then claimed (one click wins, no connection held).
 * Resumable: if the case was registered and linked but the step failed, a retry only fires the step.
 */
export async function startProxyProcessing(scope: Scope, raw: StartProxyInput, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(StartProxyInput, raw);
  const loaded = await loadAssistInScope(scope, input.id);
  assertAssistVersion(loaded, input.version);
  await assertAssistStep(scope, loaded, "startProcessing", { caseLinked: true });
  let a = await claimAssist(scope, loaded);
  if (!a.caseId) {
    const kase = await registerCase(scope, { clientPersonId: a.clientPersonId, serviceItemCode: a.itemCode, channel: "PROXY", windowId: input.windowId }, now);
    const claimed = a;
    await db.$transaction(async (tx) => {
      const { count } = await tx.assistRequest.updateMany({
        where: { id: claimed.id, version: claimed.version, caseId: null },
        data: { caseId: kase.id, version: { increment: 1 }, updatedById: scope.userId },
      });
      if (count !== 1) throw new Conflict("该委托已被他人更新，请刷新后重试");
      await writeAudit(tx, actorOf(scope), {
        action: "UPDATE", entityType: "AssistRequest", entityId: claimed.id, personId: claimed.clientPersonId, orgPath: claimed.orgPath,
        diff: { caseId: { from: null, to: kase.id }, caseNo: kase.caseNo },
      });
    });
    a = await loadAssistInScope(scope, a.id);
  }
  const current = a;
  const status = await db.$transaction((tx) => fireAssist(tx, scope, current, "startProcessing"));
  return { status, caseId: current.caseId };
}

/** 办结: 帮办 after the accompanied handling; 代办 only once the result was handed over, both signing (HALL-71). */
export async function completeAssist(scope: Scope, raw: { id: string; version: number }, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(CompleteAssistInput, raw);
  return db.$transaction(async (tx) => {
    const a = await loadAssistInScope(scope, input.id, tx);
    assertAssistVersion(a, input.version);
    return fireAssist(tx, scope, a, "complete", { data: { completedAt: now } });
  });
}

export async function cancelAssist(scope: Scope, raw: { id: string; version: number; reason: string }) {
  assertCan(scope, "hall.handle");
  const input = parseInput(CancelAssistInput, raw);
  return db.$transaction(async (tx) => {
    const a = await loadAssistInScope(scope, input.id, tx);
    assertAssistVersion(a, input.version);
    return fireAssist(tx, scope, a, "cancel", { reason: input.reason });
  });
}
