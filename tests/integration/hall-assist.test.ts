import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { Conflict, FieldError, InvalidTransition, NotFound } from "@/lib/core/errors";
import { assistFigures } from "@/lib/hall/assist/figures";
import { printEntrustment, printHandover } from "@/lib/hall/assist/print";
import { getAssistRequest, listAssistRequests } from "@/lib/hall/assist/queries";
import { confirmHandoverSignatures, recordHandover } from "@/lib/hall/assist/services/handover";
import { registerAssist } from "@/lib/hall/assist/services/register";
import { accompanyAssist, cancelAssist, completeAssist, startProxyProcessing, supplementAssist } from "@/lib/hall/assist/services/steps";
import { checkMaterials } from "@/lib/hall/cases/services/check-materials";
import { issueIncompleteNotice } from "@/lib/hall/cases/services/notices";
import { printNotice } from "@/lib/hall/cases/print/print-notice";
import { registerCase } from "@/lib/hall/cases/services/register-case";
import { completeCase, transitionCase } from "@/lib/hall/cases/services/transitions";
import { makeUser } from "../support/factories";
import { makeHall, makePublishedItem, type Hall } from "../support/hall-factories";

const fresh = (id: string) => db.assistRequest.findUniqueOrThrow({ where: { id }, include: { handovers: true } });

async function setup() {
  const h = await makeHall();
  const agent = await makeUser(h.unit, "CLERK", ["PROXY_AGENT"]);
  const item = await db.serviceItem.findUniqueOrThrow({ where: { id: h.item.id }, include: { materials: { orderBy: { sortOrder: "asc" } } } });
  return { h, agent, item };
}
type Setup = Awaited<ReturnType<typeof setup>>;

const allOk = (s: Setup) => s.item.materials.map((m) => ({ materialDefId: m.id, state: "OK" as const }));

function proxyInput(s: Setup, over: Record<string, unknown> = {}) {
  return {
    kind: "PROXY" as const, clientPersonId: s.h.client.id, agentStaffId: s.agent.user.id, serviceItemCode: s.h.item.code,
    proxyReason: "MOBILITY_IMPAIRED" as const, entrustmentNote: "委托书一份，本人签字按印", materials: allOk(s), ...over,
  };
}

const handoverItems = [{ name: "居民身份证", originalOrCopy: "ORIGINAL" as const, count: 1 }, { name: "退役证", originalOrCopy: "BOTH" as const, count: 2 }];

/** Completes a case in the case engine as its first handler. */
async function finishCase(scope: Hall["clerkA"]["scope"], caseId: string) {
  const c = await db.serviceCase.findUniqueOrThrow({ where: { id: caseId }, include: { materials: true } });
  await checkMaterials(scope, { caseId, version: c.version, materials: c.materials.map((m) => ({ id: m.id, state: "OK" as const })) });
  await transitionCase(scope, { caseId, version: c.version + 1, action: "accept" });
  await transitionCase(scope, { caseId, version: c.version + 2, action: "start" });
  await completeCase(scope, { caseId, version: c.version + 3, outcome: "DONE" });
}

describe("assisted/proxy service (§7.5; HALL-71)", () => {
  it("the agent must hold PROXY_AGENT in the unit; 代办 needs an item 可代办, a reason (with text for other) and the entrustment", async () => {
    const s = await setup();
    await expect(registerAssist(s.h.clerkA.scope, proxyInput(s, { agentStaffId: s.h.clerkB.user.id }))).rejects.toMatchObject({ field: "agentStaffId" });
    const other = await makeUser(s.h.tree.townB, "CLERK", ["PROXY_AGENT"]);
    await expect(registerAssist(s.h.clerkA.scope, proxyInput(s, { agentStaffId: other.user.id }))).rejects.toMatchObject({ field: "agentStaffId" });
    const noProxy = await makePublishedItem({ proxyEligible: false });
    await expect(registerAssist(s.h.clerkA.scope, proxyInput(s, { serviceItemCode: noProxy.code, materials: [] }))).rejects.toMatchObject({ field: "serviceItemCode" });
    await expect(registerAssist(s.h.clerkA.scope, proxyInput(s, { proxyReason: undefined }))).rejects.toMatchObject({ field: "proxyReason" });
    await expect(registerAssist(s.h.clerkA.scope, proxyInput(s, { proxyReason: "OTHER_SPECIAL" }))).rejects.toMatchObject({ field: "proxyReasonText" });
    await expect(registerAssist(s.h.clerkA.scope, proxyInput(s, { entrustmentNote: "" }))).rejects.toMatchObject({ field: "entrustmentNote" });
    await expect(registerAssist(s.h.clerkA.scope, proxyInput(s, { materials: allOk(s).slice(1) }))).rejects.toMatchObject({ field: "materials" });
    expect(await db.assistRequest.count({ where: { clientPersonId: s.h.client.id } })).toBe(0);
    // 帮办 of an item that may not be proxied is fine.
    const materials = noProxy.materials.map((m) => ({ materialDefId: m.id, state: "OK" as const }));
    const assist = await registerAssist(s.h.clerkA.scope, { kind: "ASSIST", clientPersonId: s.h.client.id, agentStaffId: s.agent.user.id, serviceItemCode: noProxy.code, materials });
    expect(assist).toMatchObject({ kind: "ASSIST", status: "REGISTERED", proxyReason: null, entrustmentNote: null });
  });

  it("incomplete materials: one notice lists every missing material with how to obtain it (and the defective one); supplied → registered", async () => {
    const s = await setup();
    const [idCard, cert, photo] = s.item.materials;
    const a = await registerAssist(s.agent.scope, proxyInput(s, {
      materials: [
        { materialDefId: idCard.id, state: "OK" }, { materialDefId: cert.id, state: "MISSING" },
        { materialDefId: photo.id, state: "DEFECTIVE", defect: "照片模糊", correction: "重新提供近期免冠照片" },
      ],
    }));
    expect(a).toMatchObject({ status: "PENDING_MATERIALS", materialsComplete: false });
    const notice = await db.oneTimeNotice.findFirstOrThrow({ where: { assistRequestId: a.id } });
    expect(notice.noticeNo).toBe(a.noticeNo);
    expect(notice.missingMaterials).toEqual([{ name: "退役证", howToObtain: "本人持有，遗失的向原部队或档案所在地申请证明" }]);
    expect(notice.defectiveMaterials).toEqual([{ name: "近期免冠照片", defect: "照片模糊", correction: "重新提供近期免冠照片" }]);
    expect((notice.requiredMaterials as unknown[]).length).toBe(3);
    expect(notice).toMatchObject({ caseId: null, status: "ISSUED", orgPath: s.h.unit.path });
    await expect(recordHandover(s.agent.scope, { id: a.id, version: a.version, direction: "IN", items: handoverItems, fromName: "王建国", toName: "测试用户" })).rejects.toBeInstanceOf(InvalidTransition);
    await expect(supplementAssist(s.h.clerkB.scope, { id: a.id, version: a.version, note: "已补交" })).rejects.toThrow("由负责该委托的帮办代办员");
    await supplementAssist(s.agent.scope, { id: a.id, version: a.version, note: "补交退役证原件及复印件" });
    expect(await fresh(a.id)).toMatchObject({ status: "REGISTERED", materialsComplete: true });
    const view = await getAssistRequest(s.agent.scope, a.id);
    expect(view.notices.map((n) => n.noticeNo)).toEqual([a.noticeNo]);
  });

  it("帮办: led to the window where the case was registered, then completed", async () => {
    const s = await setup();
    const a = await registerAssist(s.agent.scope, { kind: "ASSIST", clientPersonId: s.h.client.id, agentStaffId: s.agent.user.id, serviceItemCode: s.h.item.code, materials: allOk(s) });
    await expect(accompanyAssist(s.agent.scope, { id: a.id, version: a.version, targetWindowId: s.h.window.id })).rejects.toThrow("请先由目标窗口为服务对象登记办件");
    await expect(completeAssist(s.agent.scope, { id: a.id, version: a.version })).rejects.toBeInstanceOf(InvalidTransition);
    const kase = await registerCase(s.h.clerkA.scope, { clientPersonId: s.h.client.id, serviceItemCode: s.h.item.code, channel: "WINDOW", windowId: s.h.window.id });
    await accompanyAssist(s.agent.scope, { id: a.id, version: a.version, targetWindowId: s.h.window.id });
    expect(await fresh(a.id)).toMatchObject({ status: "ACCOMPANIED", caseId: kase.id, targetWindowId: s.h.window.id });
    await completeAssist(s.agent.scope, { id: a.id, version: a.version + 1 });
    const done = await fresh(a.id);
    expect(done.status).toBe("COMPLETED");
    expect(done.completedAt).not.toBeNull();
  });

  it("代办: hand-over IN signed by both → the agent registers the PROXY case → completion refused until the result is handed over, both signing (HALL-71)", async () => {
    const s = await setup();
    const a = await registerAssist(s.agent.scope, proxyInput(s));
    const v = () => fresh(a.id).then((x) => x.version);
    await expect(startProxyProcessing(s.agent.scope, { id: a.id, version: a.version })).rejects.toBeInstanceOf(InvalidTransition);
    await recordHandover(s.agent.scope, { id: a.id, version: a.version, direction: "IN", items: handoverItems, fromName: "王建国", toName: "代办员" });
    await expect(confirmHandoverSignatures(s.agent.scope, { id: a.id, version: await v(), direction: "IN", fromSigned: true, toSigned: false as true })).rejects.toMatchObject({ field: "toSigned" });
    const entrust = await printEntrustment(s.agent.scope, a.id, "http://localhost");
    const receipt = await printHandover(s.agent.scope, a.id, "IN", "http://localhost");
    expect(entrust.docNo).toMatch(/^ENTRUST-/);
    expect(receipt.docNo).toMatch(/^HANDOVER-/);
    expect((await fresh(a.id)).handovers[0].receiptNo).toBe(receipt.docNo);
    await confirmHandoverSignatures(s.agent.scope, { id: a.id, version: await v(), direction: "IN", fromSigned: true, toSigned: true });
    expect(await fresh(a.id)).toMatchObject({ status: "MATERIALS_RECEIVED" });
    await expect(recordHandover(s.agent.scope, { id: a.id, version: await v(), direction: "IN", items: handoverItems, fromName: "王建国", toName: "代办员" })).rejects.toBeInstanceOf(InvalidTransition);

    const started = await startProxyProcessing(s.agent.scope, { id: a.id, version: await v() });
    expect(started.status).toBe("PROCESSING");
    const kase = await db.serviceCase.findUniqueOrThrow({ where: { id: started.caseId! } });
    expect(kase).toMatchObject({ channel: "PROXY", firstHandlerId: s.agent.user.id, clientPersonId: s.h.client.id });
    await expect(startProxyProcessing(s.agent.scope, { id: a.id, version: await v() })).rejects.toBeInstanceOf(InvalidTransition);

    await expect(completeAssist(s.agent.scope, { id: a.id, version: await v() })).rejects.toThrow("HALL-71");
    await recordHandover(s.agent.scope, { id: a.id, version: await v(), direction: "OUT", items: [{ name: "办理结果通知书", originalOrCopy: "ORIGINAL", count: 1 }, ...handoverItems], fromName: "代办员", toName: "王建国" });
    await expect(confirmHandoverSignatures(s.agent.scope, { id: a.id, version: await v(), direction: "OUT", fromSigned: true, toSigned: true })).rejects.toThrow("办件尚未办结");
    await finishCase(s.agent.scope, kase.id);
    await confirmHandoverSignatures(s.agent.scope, { id: a.id, version: await v(), direction: "OUT", fromSigned: true, toSigned: true });
    expect(await fresh(a.id)).toMatchObject({ status: "RESULT_HANDED_OVER" });
    await completeAssist(s.agent.scope, { id: a.id, version: await v() });
    const done = await fresh(a.id);
    expect(done.status).toBe("COMPLETED");
    expect(done.handovers.every((h) => h.fromSignedAt && h.toSignedAt)).toBe(true);
    expect(await db.statusHistory.count({ where: { entityType: "AssistRequest", entityId: a.id } })).toBe(5);

    const f = await assistFigures(s.h.reviewer.scope, { from: "2000-01-01", to: "2100-12-31" });
    expect(f.byKind.find((k) => k.kind === "PROXY")?.completed).toBeGreaterThanOrEqual(1);
    expect(f.byAgent.find((x) => x.agentStaffId === s.agent.user.id)).toMatchObject({ total: 1, completed: 1 });
    expect(f.byAgent.find((x) => x.agentStaffId === s.agent.user.id)?.avgCompletionHours).not.toBeNull();
    expect(f.byItem.find((x) => x.itemCode === s.h.item.code)?.total).toBeGreaterThanOrEqual(1);
  });

  it("a proxy whose materials were received is cancelled only after they went back to the client, signed; double submits conflict", async () => {
    const s = await setup();
    const a = await registerAssist(s.agent.scope, proxyInput(s));
    const v = () => fresh(a.id).then((x) => x.version);
    await recordHandover(s.agent.scope, { id: a.id, version: a.version, direction: "IN", items: handoverItems, fromName: "王建国", toName: "代办员" });
    await expect(recordHandover(s.agent.scope, { id: a.id, version: a.version, direction: "IN", items: handoverItems, fromName: "王建国", toName: "代办员" })).rejects.toBeInstanceOf(Conflict);
    await confirmHandoverSignatures(s.agent.scope, { id: a.id, version: await v(), direction: "IN", fromSigned: true, toSigned: true });
    await expect(cancelAssist(s.agent.scope, { id: a.id, version: await v(), reason: "委托人撤回委托" })).rejects.toThrow("取消前须将材料退还委托人");
    await recordHandover(s.agent.scope, { id: a.id, version: await v(), direction: "OUT", items: handoverItems, fromName: "代办员", toName: "王建国" });
    await confirmHandoverSignatures(s.agent.scope, { id: a.id, version: await v(), direction: "OUT", fromSigned: true, toSigned: true });
    expect((await fresh(a.id)).status).toBe("MATERIALS_RECEIVED");
    await expect(cancelAssist(s.agent.scope, { id: a.id, version: await v(), reason: "" })).rejects.toBeInstanceOf(FieldError);
    await cancelAssist(s.agent.scope, { id: a.id, version: await v(), reason: "委托人撤回委托" });
    expect((await fresh(a.id)).status).toBe("CANCELLED");
  });

  it("materials returned to the client (OUT signed) leave only cancellation: no case is registered, the page offers no start (F6, HALL-71)", async () => {
    const s = await setup();
    const a = await registerAssist(s.agent.scope, proxyInput(s));
    const v = () => fresh(a.id).then((x) => x.version);
    await recordHandover(s.agent.scope, { id: a.id, version: a.version, direction: "IN", items: handoverItems, fromName: "王建国", toName: "代办员" });
    await confirmHandoverSignatures(s.agent.scope, { id: a.id, version: await v(), direction: "IN", fromSigned: true, toSigned: true });
    await recordHandover(s.agent.scope, { id: a.id, version: await v(), direction: "OUT", items: handoverItems, fromName: "代办员", toName: "王建国" });
    await confirmHandoverSignatures(s.agent.scope, { id: a.id, version: await v(), direction: "OUT", fromSigned: true, toSigned: true });
    const returned = await fresh(a.id);
    expect(returned.status).toBe("MATERIALS_RECEIVED");
    await expect(startProxyProcessing(s.agent.scope, { id: a.id, version: returned.version })).rejects.toThrow("材料已退还委托人");
    expect(await db.serviceCase.count({ where: { clientPersonId: s.h.client.id } })).toBe(0);
    expect(await fresh(a.id)).toMatchObject({ status: "MATERIALS_RECEIVED", caseId: null, version: returned.version });
    const view = await getAssistRequest(s.agent.scope, a.id);
    expect(view.offers.startProcessing).toBe(false);
    expect(view.steps.map((x) => x.action)).toContain("cancel");
    await cancelAssist(s.agent.scope, { id: a.id, version: returned.version, reason: "委托人取回材料，不再委托" });
    expect((await fresh(a.id)).status).toBe("CANCELLED");
  });

  it("a registered-but-unlinked start cannot be stranded by returning the materials; the resumed step finishes it", async () => {
    const s = await setup();
    const a = await registerAssist(s.agent.scope, proxyInput(s));
    const v = () => fresh(a.id).then((x) => x.version);
    await recordHandover(s.agent.scope, { id: a.id, version: a.version, direction: "IN", items: handoverItems, fromName: "王建国", toName: "代办员" });
    await confirmHandoverSignatures(s.agent.scope, { id: a.id, version: await v(), direction: "IN", fromSigned: true, toSigned: true });
    // The case was registered and linked, then the step stopped before 代办中.
    const kase = await registerCase(s.agent.scope, { clientPersonId: s.h.client.id, serviceItemCode: s.h.item.code, channel: "PROXY" });
    await db.assistRequest.update({ where: { id: a.id }, data: { caseId: kase.id, version: { increment: 1 } } });
    await recordHandover(s.agent.scope, { id: a.id, version: await v(), direction: "OUT", items: handoverItems, fromName: "代办员", toName: "王建国" });
    await expect(confirmHandoverSignatures(s.agent.scope, { id: a.id, version: await v(), direction: "OUT", fromSigned: true, toSigned: true })).rejects.toThrow("请先完成“代为登记办件”");
    expect((await getAssistRequest(s.agent.scope, a.id)).offers.handoverOut).toBe(false);
    const r = await startProxyProcessing(s.agent.scope, { id: a.id, version: await v() });
    expect(r).toMatchObject({ status: "PROCESSING", caseId: kase.id });
    expect(await db.serviceCase.count({ where: { clientPersonId: s.h.client.id } })).toBe(1);
  });

  it("代为登记办件 holds no connection while the case engine runs: more concurrent steps than pool connections all finish; a double click makes one case (F7)", async () => {
    const s = await setup();
    const n = Number(process.env.DB_POOL_SIZE ?? 3) + 1;
    const ready = [];
    for (let i = 0; i < n; i++) {
      const a = await registerAssist(s.agent.scope, proxyInput(s));
      await recordHandover(s.agent.scope, { id: a.id, version: a.version, direction: "IN", items: handoverItems, fromName: "王建国", toName: "代办员" });
      await confirmHandoverSignatures(s.agent.scope, { id: a.id, version: a.version + 1, direction: "IN", fromSigned: true, toSigned: true });
      ready.push(await fresh(a.id));
    }
    const clicks = [ready[0], ...ready].map((x) => startProxyProcessing(s.agent.scope, { id: x.id, version: x.version }));
    const results = await Promise.allSettled(clicks);
    const failed = results.filter((r) => r.status === "rejected");
    expect(failed).toHaveLength(1);
    expect((failed[0] as PromiseRejectedResult).reason).toBeInstanceOf(Conflict);
    const done = await Promise.all(ready.map((x) => fresh(x.id)));
    expect(done.every((x) => x.status === "PROCESSING" && !!x.caseId)).toBe(true);
    expect(await db.serviceCase.count({ where: { clientPersonId: s.h.client.id, channel: "PROXY" } })).toBe(n);
  });

  it("the one-time notice of an incomplete request prints without a case (F12, §7.5.3.2)", async () => {
    const s = await setup();
    const [idCard, cert, photo] = s.item.materials;
    const a = await registerAssist(s.agent.scope, proxyInput(s, {
      materials: [{ materialDefId: idCard.id, state: "OK" }, { materialDefId: cert.id, state: "MISSING" }, { materialDefId: photo.id, state: "OK" }],
    }));
    const notice = await db.oneTimeNotice.findFirstOrThrow({ where: { assistRequestId: a.id } });
    const printed = await printNotice(s.agent.scope, notice.id, "http://localhost");
    expect(printed.docNo).toMatch(/^NOTICE-/);
    expect(printed.fileName).toBe(`一次性告知单-${notice.noticeNo}.pdf`);
    expect(Buffer.from(printed.bytes).subarray(0, 4).toString()).toBe("%PDF");
    expect((await db.oneTimeNotice.findUniqueOrThrow({ where: { id: notice.id } })).printedCount).toBe(1);
    expect(await db.auditEvent.findFirst({ where: { action: "PRINT", entityId: printed.docNo } })).toMatchObject({ personId: s.h.client.id, orgPath: s.h.unit.path });
    await expect(printNotice(s.h.sibling.scope, notice.id, "http://localhost")).rejects.toBeInstanceOf(NotFound);
    // A case's notice still prints as before.
    const kase = await registerCase(s.h.clerkA.scope, { clientPersonId: s.h.client.id, serviceItemCode: s.h.item.code, channel: "WINDOW", windowId: s.h.window.id });
    const c = await db.serviceCase.findUniqueOrThrow({ where: { id: kase.id }, include: { materials: true } });
    await checkMaterials(s.h.clerkA.scope, { caseId: c.id, version: c.version, materials: c.materials.map((m) => ({ id: m.id, state: m.name === "退役证" ? "MISSING" as const : "OK" as const })) });
    await issueIncompleteNotice(s.h.clerkA.scope, { caseId: c.id, version: c.version + 1 });
    const caseNotice = await db.oneTimeNotice.findFirstOrThrow({ where: { caseId: c.id } });
    await expect(printNotice(s.h.clerkA.scope, caseNotice.id, "http://localhost")).resolves.toMatchObject({ docNo: expect.stringMatching(/^NOTICE-/) });
  });

  it("a user of a sibling unit can neither read nor change the hall's assist requests", async () => {
    const s = await setup();
    const a = await registerAssist(s.agent.scope, proxyInput(s));
    await expect(getAssistRequest(s.h.sibling.scope, a.id)).rejects.toBeInstanceOf(NotFound);
    await expect(recordHandover(s.h.sibling.scope, { id: a.id, version: a.version, direction: "IN", items: handoverItems, fromName: "王建国", toName: "代办员" })).rejects.toBeInstanceOf(NotFound);
    await expect(cancelAssist(s.h.sibling.scope, { id: a.id, version: a.version, reason: "越权" })).rejects.toBeInstanceOf(NotFound);
    await expect(printEntrustment(s.h.sibling.scope, a.id, "http://localhost")).rejects.toBeInstanceOf(NotFound);
    expect((await listAssistRequests(s.h.sibling.scope, {})).rows.some((r) => r.id === a.id)).toBe(false);
    await expect(registerAssist(s.h.sibling.scope, proxyInput(s))).rejects.toMatchObject({ field: "clientPersonId" });
    expect(await fresh(a.id)).toMatchObject({ status: "REGISTERED", version: a.version });
  });
});
