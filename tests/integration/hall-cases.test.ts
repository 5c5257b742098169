import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { invalidateCalendarCache } from "@/lib/core/calendar";
import { Conflict, DomainError, FieldError, Forbidden, InvalidTransition, NotFound } from "@/lib/core/errors";
import { registerCase } from "@/lib/hall/cases/services/register-case";
import { checkMaterials } from "@/lib/hall/cases/services/check-materials";
import { decideSecondNotice, issueIncompleteNotice, refuseCase } from "@/lib/hall/cases/services/notices";
import { completeCase, transitionCase, withdrawCase } from "@/lib/hall/cases/services/transitions";
import { decideExtension, requestExtension } from "@/lib/hall/cases/services/extension";
import { recordSupplement } from "@/lib/hall/cases/services/supplement";
import { reassignCase } from "@/lib/hall/cases/services/reassign";
import { loadCaseInScope } from "@/lib/hall/cases/load";
import { findCasesByDomainRef, getMyCaseQueue } from "@/lib/hall/cases/queries";
import { makeUser } from "../support/factories";
import type { Scope } from "@/lib/core/scope";
import { makeHall, makePair, makeWindow, type Hall } from "../support/hall-factories";

const fresh = (id: string) => db.serviceCase.findUniqueOrThrow({ where: { id }, include: { materials: { orderBy: { sortOrder: "asc" } }, notices: true } });

async function register(h: Hall, scope: Scope = h.clerkA.scope, now?: Date) {
  return registerCase(scope, { clientPersonId: h.client.id, serviceItemCode: h.item.code, channel: "WINDOW", windowId: h.window.id }, now);
}

/** Marks every material with `states` (by position; default OK). */
async function check(h: Hall, caseId: string, states: ("OK" | "MISSING" | "DEFECTIVE" | "NA")[] = [], scope = h.clerkA.scope) {
  const c = await fresh(caseId);
  return checkMaterials(scope, {
    caseId, version: c.version,
    materials: c.materials.map((m, i) => {
      const state = states[i] ?? "OK";
      return { id: m.id, state, ...(state === "DEFECTIVE" ? { defect: "复印件模糊", correction: "重新提供清晰复印件" } : {}) };
    }),
  });
}

async function acceptAndStart(h: Hall, caseId: string, scope = h.clerkA.scope, now?: Date) {
  await transitionCase(scope, { caseId, version: (await fresh(caseId)).version, action: "accept" }, now);
  await transitionCase(scope, { caseId, version: (await fresh(caseId)).version, action: "start" }, now);
}

describe("service case (§7.6, §7.8, §7.9; SPEC §3.12.2)", () => {
  it("registers with the item's material list; the clerk becomes first handler; owned by the client's unit, tagged with the hall", async () => {
    const h = await makeHall();
    const c = await fresh((await register(h)).id);
    expect(c).toMatchObject({ status: "REGISTERED", firstHandlerId: h.clerkA.user.id, primaryResponsibleId: h.clerkA.user.id, secondaryResponsibleId: h.clerkB.user.id });
    expect(c.orgPath).toBe(h.client.orgPath);
    expect(c.hallOrgPath).toBe(h.unit.path);
    expect(c.caseNo).toMatch(new RegExp(`^${h.unit.code}-\\d{8}-0001$`));
    expect(c.materials.map((m) => m.name)).toEqual(h.item.materials.sort((a, b) => a.sortOrder - b.sortOrder).map((m) => m.name));
    expect(await db.auditEvent.count({ where: { entityType: "ServiceCase", entityId: c.id, action: "CREATE" } })).toBe(1);
    // The village that owns the client sees the case too (ORG-22); the sibling street does not.
    await expect(loadCaseInScope(h.townClerk.scope, c.id)).resolves.toMatchObject({ id: c.id });
    await expect(loadCaseInScope(h.sibling.scope, c.id)).rejects.toBeInstanceOf(NotFound);
  });

  it("refuses a window that does not receive the item, and an agent without the entrustment", async () => {
    const h = await makeHall();
    const other = await db.serviceWindow.create({ data: { windowNo: "X9", name: "其他窗口", serviceItemCodes: ["NOPE"], orgUnitId: h.unit.id, orgPath: h.unit.path } });
    await expect(registerCase(h.clerkA.scope, { clientPersonId: h.client.id, serviceItemCode: h.item.code, channel: "WINDOW", windowId: other.id }))
      .rejects.toMatchObject({ field: "windowId" });
    await expect(registerCase(h.clerkA.scope, { clientPersonId: h.client.id, serviceItemCode: h.item.code, channel: "WINDOW", windowId: h.window.id, hasAgent: true, agentName: "王小明" }))
      .rejects.toBeInstanceOf(FieldError);
    await expect(registerCase(h.clerkA.scope, { clientPersonId: h.client.id, serviceItemCode: h.item.code, channel: "WINDOW" }))
      .rejects.toMatchObject({ field: "windowId" });
    expect(await db.serviceCase.count({ where: { clientPersonId: h.client.id } })).toBe(0);
  });

  it("one-time notice lists every missing and defective material at once and issues the contact card; unchecked materials block it", async () => {
    const h = await makeHall();
    const c = await register(h);
    const first = await fresh(c.id);
    await checkMaterials(h.clerkA.scope, { caseId: c.id, version: first.version, materials: [{ id: first.materials[0].id, state: "OK" }] });
    await expect(issueIncompleteNotice(h.clerkA.scope, { caseId: c.id, version: (await fresh(c.id)).version })).rejects.toThrow("一次性告知须在核验全部材料后一次列全");
    await check(h, c.id, ["OK", "MISSING", "DEFECTIVE"]);
    const r = await issueIncompleteNotice(h.clerkA.scope, { caseId: c.id, version: (await fresh(c.id)).version });
    expect(r.status).toBe("PENDING_MATERIALS");
    expect(r.notice).toMatchObject({ sequence: 1, status: "ISSUED" });
    expect(r.notice.missingMaterials).toEqual([{ name: "退役证", howToObtain: "本人持有，遗失的向原部队或档案所在地申请证明" }]);
    expect(r.notice.defectiveMaterials).toEqual([{ name: "近期免冠照片", defect: "复印件模糊", correction: "重新提供清晰复印件" }]);
    expect((r.notice.requiredMaterials as unknown[]).length).toBe(3);
    const card = await db.contactServiceCard.findFirstOrThrow({ where: { caseId: c.id } });
    expect(card).toMatchObject({ purpose: "CASE_CONTACT", staffId: h.clerkA.user.id, personId: h.client.id });
    // Materials still incomplete: acceptance is refused by the machine.
    await expect(transitionCase(h.clerkA.scope, { caseId: c.id, version: (await fresh(c.id)).version, action: "accept" })).rejects.toThrow("必需材料尚未全部核验齐全");
  });

  it("supplements taken by another clerk land with the first handler; only the first handler (A on duty) accepts", async () => {
    const h = await makeHall();
    const c = await register(h);
    await check(h, c.id, ["OK", "MISSING", "OK"]);
    await issueIncompleteNotice(h.clerkA.scope, { caseId: c.id, version: (await fresh(c.id)).version });
    await recordSupplement(h.clerkB.scope, { caseId: c.id, note: "补交退役证原件及复印件" });
    const after = await fresh(c.id);
    expect(after).toMatchObject({ firstHandlerId: h.clerkA.user.id, supplementById: h.clerkB.user.id, status: "PENDING_MATERIALS" });
    expect(after.supplementAt).not.toBeNull();
    expect(await db.reminder.count({ where: { assigneeUserId: h.clerkA.user.id, entityId: c.id, ruleId: "HALL-30" } })).toBe(1);
    // B may not act while A is at the window.
    await expect(check(h, c.id, ["OK", "OK", "OK"], h.clerkB.scope)).rejects.toBeInstanceOf(Forbidden);
    await check(h, c.id, ["OK", "OK", "OK"]);
    expect((await fresh(c.id)).supplementAt).toBeNull();
    await transitionCase(h.clerkA.scope, { caseId: c.id, version: (await fresh(c.id)).version, action: "accept" });
    const accepted = await fresh(c.id);
    expect(accepted.status).toBe("ACCEPTED");
    expect(accepted.dueDate).not.toBeNull();
  });

  it("the B role stands in while A is away and becomes primary responsible (ORG-43, HALL-31)", async () => {
    const h = await makeHall();
    const c = await register(h);
    await db.staffPresence.create({ data: { userId: h.clerkA.user.id, status: "ON_LEAVE", orgPath: h.unit.path } });
    await check(h, c.id, ["OK", "OK", "OK"], h.clerkB.scope);
    await transitionCase(h.clerkB.scope, { caseId: c.id, version: (await fresh(c.id)).version, action: "accept" });
    const after = await fresh(c.id);
    expect(after).toMatchObject({ status: "ACCEPTED", firstHandlerId: h.clerkA.user.id, primaryResponsibleId: h.clerkB.user.id, secondaryResponsibleId: h.clerkA.user.id, handledByCounterpart: true });
    // Another clerk of the hall who is not in the pair still may not.
    const stranger = await db.user.create({ data: { username: `s${Date.now()}`, displayName: "他人", orgUnitId: h.unit.id, orgPath: h.unit.path, role: "CLERK", passwordHash: "x" } });
    const strangerScope = { ...h.clerkB.scope, userId: stranger.id };
    await expect(transitionCase(strangerScope, { caseId: c.id, version: after.version, action: "start" })).rejects.toBeInstanceOf(InvalidTransition);
  });

  it("a second notice lists only new materials and waits for a reviewer's reason; the requester cannot approve it", async () => {
    const h = await makeHall();
    const c = await register(h);
    await check(h, c.id, ["OK", "MISSING", "OK"]);
    await issueIncompleteNotice(h.clerkA.scope, { caseId: c.id, version: (await fresh(c.id)).version });
    // The same gap again needs no new notice.
    await expect(issueIncompleteNotice(h.clerkA.scope, { caseId: c.id, version: (await fresh(c.id)).version })).rejects.toThrow("均已在此前的告知单中列明");
    await check(h, c.id, ["DEFECTIVE", "OK", "OK"]);
    const second = await issueIncompleteNotice(h.clerkA.scope, { caseId: c.id, version: (await fresh(c.id)).version, secondNoticeReason: "身份证复印件首次未发现模糊" });
    expect(second.notice).toMatchObject({ sequence: 2, status: "PENDING_APPROVAL" });
    expect((second.notice.defectiveMaterials as { name: string }[]).map((m) => m.name)).toEqual(["居民身份证"]);
    expect(second.notice.missingMaterials).toEqual([]);
    await expect(decideSecondNotice(h.clerkA.scope, { noticeId: second.notice.id, version: 0, approve: true, reason: "x" })).rejects.toBeInstanceOf(Forbidden);
    await expect(decideSecondNotice(h.reviewer.scope, { noticeId: second.notice.id, version: 0, approve: true })).rejects.toMatchObject({ field: "reason" });
    await decideSecondNotice(h.reviewer.scope, { noticeId: second.notice.id, version: 0, approve: true, reason: "首次审查疏漏，已批评教育" });
    expect(await db.oneTimeNotice.findUniqueOrThrow({ where: { id: second.notice.id } })).toMatchObject({ status: "ISSUED", approvedById: h.reviewer.user.id });
  });

  it("not in remit closes as REFERRED with the competent authority; a refusal needs its reason", async () => {
    const h = await makeHall();
    const c = await register(h);
    await expect(refuseCase(h.clerkA.scope, { caseId: c.id, version: 0, inScope: false })).rejects.toMatchObject({ field: "competentAuthority" });
    await refuseCase(h.clerkA.scope, { caseId: c.id, version: 0, inScope: false, competentAuthority: "市南区人力资源和社会保障局", authorityContact: "市南区某路1号，0532-12345678" });
    const after = await fresh(c.id);
    expect(after).toMatchObject({ status: "NOT_ACCEPTED", outcome: "REFERRED" });
    expect(after.notices[0]).toMatchObject({ inScope: false, competentAuthority: "市南区人力资源和社会保障局" });
  });

  it("completion creates the evaluation invitation; a forwarded case is approved by a reviewer who did not forward it", async () => {
    const h = await makeHall();
    const c = await register(h);
    await check(h, c.id);
    await acceptAndStart(h, c.id);
    await completeCase(h.clerkA.scope, { caseId: c.id, version: (await fresh(c.id)).version, outcome: "DONE" });
    expect(await db.evaluationInvitation.count({ where: { caseId: c.id } })).toBe(1);
    await expect(completeCase(h.clerkA.scope, { caseId: c.id, version: (await fresh(c.id)).version, outcome: "DONE" })).rejects.toBeInstanceOf(InvalidTransition);

    const d = await register(h);
    await check(h, d.id);
    await acceptAndStart(h, d.id);
    await transitionCase(h.clerkA.scope, { caseId: d.id, version: (await fresh(d.id)).version, action: "forward" });
    await expect(completeCase(h.clerkA.scope, { caseId: d.id, version: (await fresh(d.id)).version, outcome: "APPROVED" })).rejects.toThrow("审核人员审批");
    await expect(completeCase(h.reviewer.scope, { caseId: d.id, version: (await fresh(d.id)).version, outcome: "REJECTED" })).rejects.toMatchObject({ field: "refusalReason" });
    await completeCase(h.reviewer.scope, { caseId: d.id, version: (await fresh(d.id)).version, outcome: "REJECTED", refusalReason: "不符合《军人抚恤优待条例》第X条规定的条件" });
    const done = await fresh(d.id);
    expect(done).toMatchObject({ status: "COMPLETED", outcome: "REJECTED" });
    expect(done.notices.some((n) => n.refusalReason?.includes("不符合"))).toBe(true);
  });

  it("a stale version is refused and changes nothing (X-33)", async () => {
    const h = await makeHall();
    const c = await register(h);
    await check(h, c.id);
    await expect(transitionCase(h.clerkA.scope, { caseId: c.id, version: 0, action: "accept" })).rejects.toBeInstanceOf(Conflict);
    expect((await fresh(c.id)).status).toBe("REGISTERED");
  });

  it("one extension, approved by a reviewer who did not ask; a second request is refused", async () => {
    const h = await makeHall();
    const c = await register(h);
    await check(h, c.id);
    await acceptAndStart(h, c.id);
    const started = await fresh(c.id);
    const ext = await requestExtension(h.clerkA.scope, { caseId: c.id, version: started.version, workingDays: 3, reason: "需外调核实服役情况" });
    await expect(requestExtension(h.clerkA.scope, { caseId: c.id, version: started.version, workingDays: 2, reason: "再申请" })).rejects.toBeInstanceOf(Conflict);
    await expect(decideExtension(h.clerkA.scope, { extensionId: ext.id, version: 0, approve: true })).rejects.toBeInstanceOf(Forbidden);
    await decideExtension(h.reviewer.scope, { extensionId: ext.id, version: 0, approve: true });
    const after = await fresh(c.id);
    expect(after.extendedDueDate?.toISOString()).toBe(ext.proposedDueDate.toISOString());
    expect(after.dueDate?.toISOString()).toBe(ext.proposedDueDate.toISOString());
    await expect(requestExtension(h.clerkA.scope, { caseId: c.id, version: after.version, workingDays: 2, reason: "再延一次" })).rejects.toThrow("只能延期一次");
  });

  it("due dates count working days across weekends and loaded holidays; a return for correction stops the clock", async () => {
    const h = await makeHall({ promisedWorkingDays: 3 });
    // A far-future holiday so no other test's calendar interferes: Wed 2031-01-01 – Fri 01-03, make-up Sat 01-04.
    const days = [
      { date: "2031-01-01", isWorkingDay: false, name: "元旦" }, { date: "2031-01-02", isWorkingDay: false, name: "元旦" },
      { date: "2031-01-03", isWorkingDay: false, name: "元旦" }, { date: "2031-01-04", isWorkingDay: true, name: "元旦调休" },
    ];
    for (const d of days) await db.workCalendarDay.upsert({ where: { date: new Date(`${d.date}T00:00:00Z`) }, update: d && { isWorkingDay: d.isWorkingDay, name: d.name }, create: { ...d, date: new Date(`${d.date}T00:00:00Z`) } });
    invalidateCalendarCache();
    // Accepted Tue 2030-12-31 10:00 Shanghai: working days after it are Sat 01-04 (调休), Mon 01-06, Tue 01-07.
    const tuesday = new Date("2030-12-31T02:00:00Z");
    const c = await register(h, h.clerkA.scope, tuesday);
    await check(h, c.id);
    await acceptAndStart(h, c.id, h.clerkA.scope, tuesday);
    expect((await fresh(c.id)).dueDate?.toISOString().slice(0, 10)).toBe("2031-01-07");
    // Returned for correction on Mon 01-06, re-accepted Wed 01-08: two working days waited (01-07, 01-08).
    await check(h, c.id, ["OK", "MISSING", "OK"]);
    const monday = new Date("2031-01-06T02:00:00Z");
    await issueIncompleteNotice(h.clerkA.scope, { caseId: c.id, version: (await fresh(c.id)).version }, monday);
    expect((await fresh(c.id))).toMatchObject({ status: "PENDING_MATERIALS" });
    await check(h, c.id);
    await transitionCase(h.clerkA.scope, { caseId: c.id, version: (await fresh(c.id)).version, action: "accept" }, new Date("2031-01-08T02:00:00Z"));
    expect((await fresh(c.id)).dueDate?.toISOString().slice(0, 10)).toBe("2031-01-09");
    await db.workCalendarDay.deleteMany({ where: { date: { in: days.map((d) => new Date(`${d.date}T00:00:00Z`)) } } });
    invalidateCalendarCache();
  });

  it("withdrawal needs a reviewer and a reason; reassignment needs the window lead", async () => {
    const h = await makeHall();
    const c = await register(h);
    await check(h, c.id, ["OK", "MISSING", "OK"]);
    await issueIncompleteNotice(h.clerkA.scope, { caseId: c.id, version: (await fresh(c.id)).version });
    await expect(reassignCase(h.clerkA.scope, { caseId: c.id, version: (await fresh(c.id)).version, toUserId: h.clerkB.user.id, reason: "调岗" })).rejects.toBeInstanceOf(Forbidden);
    await reassignCase(h.reviewer.scope, { caseId: c.id, version: (await fresh(c.id)).version, toUserId: h.clerkB.user.id, reason: "原首办人调岗" });
    expect((await fresh(c.id))).toMatchObject({ firstHandlerId: h.clerkB.user.id, reassignedCount: 1 });
    await expect(withdrawCase(h.clerkB.scope, { caseId: c.id, version: (await fresh(c.id)).version, ground: "CLIENT_REQUEST", reason: "本人撤回" })).rejects.toBeInstanceOf(Forbidden);
    // "No response" needs 60 days since the notice and two phone reminders in the ledger.
    await expect(withdrawCase(h.reviewer.scope, { caseId: c.id, version: (await fresh(c.id)).version, ground: "NO_RESPONSE", reason: "未补正" }))
      .rejects.toMatchObject({ field: "ground" });
    const later = new Date(Date.now() + 61 * 86_400_000);
    await expect(withdrawCase(h.reviewer.scope, { caseId: c.id, version: (await fresh(c.id)).version, ground: "NO_RESPONSE", reason: "未补正" }, later))
      .rejects.toThrow("至少电话提醒2次");
    await withdrawCase(h.reviewer.scope, { caseId: c.id, version: (await fresh(c.id)).version, ground: "CLIENT_REQUEST", reason: "服务对象书面申请撤回" });
    expect((await fresh(c.id))).toMatchObject({ status: "WITHDRAWN", outcome: "WITHDRAWN" });
  });

  it("carries a module's record (domainRef) and finds it again, within scope only", async () => {
    const h = await makeHall();
    const input = { clientPersonId: h.client.id, serviceItemCode: h.item.code, channel: "WINDOW" as const, windowId: h.window.id };
    const c = await registerCase(h.clerkA.scope, input, new Date(), { domainRef: { type: "PensionApplication", id: "pa-123" } });
    expect((await findCasesByDomainRef(h.clerkA.scope, "PensionApplication", "pa-123")).map((r) => r.id)).toEqual([c.id]);
    expect(await findCasesByDomainRef(h.sibling.scope, "PensionApplication", "pa-123")).toEqual([]);
    // A form cannot set it: the schema strips unknown keys.
    const typed = await registerCase(h.clerkA.scope, { ...input, domainType: "PensionApplication", domainId: "pa-999" } as never);
    expect((await db.serviceCase.findUniqueOrThrow({ where: { id: typed.id } })).domainType).toBeNull();
  });

  it("the client's unit reads the case but cannot write it (ORG-22): no supplement, no reassignment", async () => {
    const h = await makeHall();
    const c = await register(h);
    await check(h, c.id, ["OK", "MISSING", "OK"]);
    await issueIncompleteNotice(h.clerkA.scope, { caseId: c.id, version: (await fresh(c.id)).version });
    const townLead = await makeUser(h.tree.townA, "REVIEWER", ["WINDOW_LEAD"]);
    await expect(recordSupplement(h.townClerk.scope, { caseId: c.id, note: "代收材料" })).rejects.toBeInstanceOf(Forbidden);
    await expect(reassignCase(townLead.scope, { caseId: c.id, version: (await fresh(c.id)).version, toUserId: h.clerkB.user.id, reason: "改派" }))
      .rejects.toBeInstanceOf(Forbidden);
    expect(await fresh(c.id)).toMatchObject({ supplementAt: null, firstHandlerId: h.clerkA.user.id });
  });

  it("a second notice of an accepted case, once a reviewer gives the reason, returns it and stops the clock", async () => {
    const h = await makeHall();
    const c = await register(h);
    await check(h, c.id, ["OK", "MISSING", "OK"]);
    await issueIncompleteNotice(h.clerkA.scope, { caseId: c.id, version: (await fresh(c.id)).version });
    await check(h, c.id);
    await acceptAndStart(h, c.id);
    // The first notice was satisfied: it does not allow another return for correction.
    await expect(transitionCase(h.clerkA.scope, { caseId: c.id, version: (await fresh(c.id)).version, action: "returnForCorrection" })).rejects.toBeInstanceOf(InvalidTransition);
    await check(h, c.id, ["DEFECTIVE", "OK", "OK"]);
    const second = await issueIncompleteNotice(h.clerkA.scope, { caseId: c.id, version: (await fresh(c.id)).version });
    expect((await fresh(c.id)).status).toBe("IN_PROGRESS");
    await decideSecondNotice(h.reviewer.scope, { noticeId: second.notice.id, version: 0, approve: true, reason: "上级审核发现复印件不清晰" });
    const after = await fresh(c.id);
    expect(after.status).toBe("PENDING_MATERIALS");
    expect(after.pausedAt).not.toBeNull();
  });

  it("an extension approved after a pause counts working days from the due date in force", async () => {
    const h = await makeHall({ promisedWorkingDays: 2 });
    const c = await register(h);
    await check(h, c.id);
    await acceptAndStart(h, c.id);
    const ext = await requestExtension(h.clerkA.scope, { caseId: c.id, version: (await fresh(c.id)).version, workingDays: 3, reason: "外调" });
    // Move the due date to a Friday, as a pause would; the approval counts 3 working days from it.
    await db.serviceCase.update({ where: { id: c.id }, data: { dueDate: new Date("2039-07-01T00:00:00Z") } });
    await decideExtension(h.reviewer.scope, { extensionId: ext.id, version: 0, approve: true });
    expect((await fresh(c.id)).dueDate?.toISOString().slice(0, 10)).toBe("2039-07-06");
  });

  it("the stand-in queue holds the away counterpart's cases of our shared window only", async () => {
    const h = await makeHall();
    const other = await makeWindow(h.unit, [h.item.code], { windowNo: "Z2" });
    const third = await makeUser(h.unit, "CLERK");
    await makePair(other, h.clerkA.user.id, third.user.id);
    const shared = await register(h);
    const elsewhere = await registerCase(h.clerkA.scope, { clientPersonId: h.client.id, serviceItemCode: h.item.code, channel: "WINDOW", windowId: other.id });
    await db.staffPresence.create({ data: { userId: h.clerkA.user.id, status: "ON_LEAVE", orgPath: h.unit.path } });
    const q = await getMyCaseQueue(h.clerkB.scope);
    expect(q.standIn.map((c) => c.id)).toEqual([shared.id]);
    expect((await getMyCaseQueue(third.scope)).standIn.map((c) => c.id)).toEqual([elsewhere.id]);
  });

  it("a sibling street can neither read nor act on the case (404, not 403)", async () => {
    const h = await makeHall();
    const c = await register(h);
    await expect(check(h, c.id, [], h.sibling.scope)).rejects.toBeInstanceOf(NotFound);
    await expect(recordSupplement(h.sibling.scope, { caseId: c.id, note: "越权" })).rejects.toBeInstanceOf(NotFound);
    await expect(transitionCase(h.sibling.scope, { caseId: c.id, version: 0, action: "accept" })).rejects.toBeInstanceOf(NotFound);
    await expect(registerCase(h.sibling.scope, { clientPersonId: h.client.id, serviceItemCode: h.item.code, channel: "PHONE" })).rejects.toBeInstanceOf(DomainError);
    expect((await fresh(c.id)).version).toBe(0);
  });
});
