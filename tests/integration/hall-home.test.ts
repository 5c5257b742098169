import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { Conflict, FieldError, Forbidden, InvalidTransition, NotFound } from "@/lib/core/errors";
import { checkMaterials } from "@/lib/hall/cases/services/check-materials";
import { registerCase } from "@/lib/hall/cases/services/register-case";
import { completeCase, transitionCase } from "@/lib/hall/cases/services/transitions";
import { homeServiceFigures } from "@/lib/hall/home/figures";
import { printHomeRecord } from "@/lib/hall/home/print";
import { getHomeRequest, listHomeRequests } from "@/lib/hall/home/queries";
import { approveHomeException, decideEligibility, scheduleHome } from "@/lib/hall/home/services/decide";
import { requestHomeService } from "@/lib/hall/home/services/request";
import { advanceHomeCase, closeHome, recordVisit } from "@/lib/hall/home/services/visit";
import { makeUser } from "../support/factories";
import { makeHall, makePublishedItem, type Hall } from "../support/hall-factories";

const MON = new Date("2033-03-07T02:00:00Z"); // Mon 2033-03-07 10:00 Shanghai
const TUE = new Date("2033-03-08T03:00:00Z"); // Tue 11:00, after the agreed 10:00 visit

const fresh = (id: string) => db.homeServiceRequest.findUniqueOrThrow({ where: { id } });
const caseOf = (id: string) => db.serviceCase.findUniqueOrThrow({ where: { id }, include: { materials: true } });

/** A hall whose item needs on-site authentication (§7.3.1 a), as most home-service tests want. */
const onSiteHall = () => makeHall({ requiresOnSiteAuthentication: true });

/**
 * A request as the window records it: a) answered as the catalogue says. Without a) the request
 * is for a second item of the hall that needs no on-site authentication.
 */
async function request(h: Hall, needsOnSiteAuthentication = true, scope = h.clerkA.scope) {
  const serviceItemCode = needsOnSiteAuthentication ? h.item.code : (await makePublishedItem({ requiresOnSiteAuthentication: false })).code;
  return requestHomeService(scope, {
    applicantPersonId: h.client.id, serviceItemCode, needsOnSiteAuthentication, hardship: "SERIOUS_ILLNESS",
    hardshipNote: "本人长期卧床，有医院诊断证明", agentName: "王小明",
  }, MON);
}

/** REQUESTED → ELIGIBLE → SCHEDULED with clerk A (and B) visiting on Tue 10:00. */
async function scheduled(h: Hall, staff = [h.clerkA.user.id, h.clerkB.user.id]) {
  const r = await request(h);
  await decideEligibility(h.clerkA.scope, { id: r.id, version: r.version, decision: "ELIGIBLE", hardshipConfirmed: true }, MON);
  await scheduleHome(h.clerkA.scope, { id: r.id, version: r.version + 1, agreedAt: "2033-03-08T10:00", address: "市南区某路1号", serviceStaffIds: staff }, MON);
  return fresh(r.id);
}

describe("home service (§7.3; AMB-10, errata B10)", () => {
  it("only items marked 可上门办理; the request records a) and b) with the hardship note", async () => {
    const h = await onSiteHall();
    const other = await makePublishedItem({ homeServiceEligible: false });
    await expect(requestHomeService(h.clerkA.scope, {
      applicantPersonId: h.client.id, serviceItemCode: other.code, needsOnSiteAuthentication: true, hardship: "DISABILITY", hardshipNote: "伤残",
    }, MON)).rejects.toMatchObject({ field: "serviceItemCode" });
    await expect(requestHomeService(h.clerkA.scope, {
      applicantPersonId: h.client.id, serviceItemCode: h.item.code, needsOnSiteAuthentication: true, hardship: "DISABILITY", hardshipNote: " ",
    }, MON)).rejects.toMatchObject({ field: "hardshipNote" });
    const r = await request(h);
    expect(r).toMatchObject({ status: "REQUESTED", needsOnSiteAuthentication: true, hardship: "SERIOUS_ILLNESS", agentName: "王小明", orgPath: h.unit.path });
  });

  it("eligibility: b) is always confirmed; without a) only a reviewer's exception (never the requester's own) makes it eligible; a refusal needs its reason", async () => {
    const h = await onSiteHall();
    const a = await request(h);
    await expect(decideEligibility(h.clerkA.scope, { id: a.id, version: a.version, decision: "ELIGIBLE" }, MON)).rejects.toMatchObject({ field: "hardshipConfirmed" });
    await decideEligibility(h.clerkA.scope, { id: a.id, version: a.version, decision: "ELIGIBLE", hardshipConfirmed: true }, MON);
    expect(await fresh(a.id)).toMatchObject({ status: "ELIGIBLE", exceptionApprovedById: null });

    const noA = await request(h, false);
    await expect(decideEligibility(h.clerkA.scope, { id: noA.id, version: noA.version, decision: "ELIGIBLE", hardshipConfirmed: true }, MON)).rejects.toThrow("须经审核人员批准例外");
    await expect(approveHomeException(h.clerkA.scope, { id: noA.id, version: noA.version, hardshipConfirmed: true, reason: "x" }, MON)).rejects.toBeInstanceOf(Forbidden);
    await approveHomeException(h.reviewer.scope, { id: noA.id, version: noA.version, hardshipConfirmed: true, reason: "服务对象独居且行动不便，亲属无法代办" }, MON);
    expect(await fresh(noA.id)).toMatchObject({ status: "ELIGIBLE", exceptionApprovedById: h.reviewer.user.id });

    const own = await request(h, false, h.reviewer.scope);
    await expect(approveHomeException(h.reviewer.scope, { id: own.id, version: own.version, hardshipConfirmed: true, reason: "本人批准" }, MON)).rejects.toThrow("不能审核本人提交的记录");
    await expect(approveHomeException(h.reviewer2.scope, { id: a.id, version: 1, hardshipConfirmed: true, reason: "x" }, MON)).rejects.toBeInstanceOf(InvalidTransition);

    const rej = await request(h);
    await expect(decideEligibility(h.clerkA.scope, { id: rej.id, version: rej.version, decision: "NOT_ELIGIBLE" }, MON)).rejects.toMatchObject({ field: "reason" });
    await decideEligibility(h.clerkA.scope, { id: rej.id, version: rej.version, decision: "NOT_ELIGIBLE", reason: "本人可到窗口办理，建议由家属代办" }, MON);
    expect(await fresh(rej.id)).toMatchObject({ status: "REJECTED", eligibilityReason: "本人可到窗口办理，建议由家属代办" });

    const f = await homeServiceFigures(h.reviewer.scope, { from: "2033-03-01", to: "2033-03-31" });
    expect(f.exceptions).toBeGreaterThanOrEqual(1);
    expect(f.rejected).toBeGreaterThanOrEqual(1);
  });

  it("scheduling needs a future time, a place and active staff of the unit; one person is allowed with a warning", async () => {
    const h = await onSiteHall();
    const r = await request(h);
    await decideEligibility(h.clerkA.scope, { id: r.id, version: r.version, decision: "ELIGIBLE", hardshipConfirmed: true }, MON);
    const base = { id: r.id, version: r.version + 1, agreedAt: "2033-03-08T10:00", address: "市南区某路1号" };
    await expect(scheduleHome(h.clerkA.scope, { ...base, agreedAt: "2033-03-06T10:00", serviceStaffIds: [h.clerkA.user.id] }, MON)).rejects.toMatchObject({ field: "agreedAt" });
    await expect(scheduleHome(h.clerkA.scope, { ...base, serviceStaffIds: [] }, MON)).rejects.toMatchObject({ field: "serviceStaffIds" });
    await expect(scheduleHome(h.clerkA.scope, { ...base, serviceStaffIds: [h.sibling.user.id] }, MON)).rejects.toMatchObject({ field: "serviceStaffIds" });
    const one = await scheduleHome(h.clerkA.scope, { ...base, serviceStaffIds: [h.clerkA.user.id] }, MON);
    expect(one.warning).toContain("建议安排2名");
    const two = await scheduleHome(h.clerkA.scope, { ...base, version: base.version + 1, serviceStaffIds: [h.clerkA.user.id, h.clerkB.user.id] }, MON);
    expect(two).toMatchObject({ status: "SCHEDULED", warning: null });
    expect((await fresh(r.id)).agreedAt?.toISOString()).toBe("2033-03-08T02:00:00.000Z");
  });

  it("当场办结: the visiting staff records the result; a HOME case is registered, checked, accepted and completed, and the visit closes", async () => {
    const h = await onSiteHall();
    const s = await scheduled(h);
    const stranger = await makeUser(h.unit, "CLERK");
    const visit = { id: s.id, version: s.version, servicesProvided: ["POLICY_PUBLICITY", "PROCESSING"] as ("POLICY_PUBLICITY" | "PROCESSING")[], result: "COMPLETED_ON_SITE" as const, materialsChecked: true };
    await expect(recordVisit(stranger.scope, visit, TUE)).rejects.toThrow("由安排的上门服务人员");
    await expect(recordVisit(h.clerkA.scope, visit, MON)).rejects.toThrow("约定的上门日期未到");
    await expect(recordVisit(h.clerkA.scope, { ...visit, servicesProvided: ["CONSULTATION"] }, TUE)).rejects.toMatchObject({ field: "servicesProvided" });
    await expect(recordVisit(h.clerkA.scope, { ...visit, materialsChecked: false }, TUE)).rejects.toMatchObject({ field: "materialsChecked" });
    const r = await recordVisit(h.clerkA.scope, visit, TUE);
    expect(r).toMatchObject({ status: "CLOSED", caseError: null });
    const home = await fresh(s.id);
    expect(home).toMatchObject({ status: "CLOSED", result: "COMPLETED_ON_SITE", servicesProvided: ["POLICY_PUBLICITY", "PROCESSING"] });
    const c = await caseOf(home.caseId!);
    expect(c).toMatchObject({ channel: "HOME", status: "COMPLETED", outcome: "DONE", firstHandlerId: h.clerkA.user.id, clientPersonId: h.client.id });
    expect(c.materials.every((m) => m.state === "OK")).toBe(true);
    await expect(advanceHomeCase(h.clerkA.scope, { id: s.id, version: home.version }, TUE)).rejects.toBeInstanceOf(InvalidTransition);
  });

  it("告知程序和时限: the case is registered and accepted; the record sheet prints its promised date; the visit closes once the case is done", async () => {
    const h = await onSiteHall();
    const s = await scheduled(h);
    const r = await recordVisit(h.clerkB.scope, { id: s.id, version: s.version, servicesProvided: ["PROCESSING"], result: "ACCEPTED_WITH_DEADLINE", materialsChecked: true }, TUE);
    expect(r).toMatchObject({ status: "VISITED", caseError: null });
    const home = await fresh(s.id);
    const c = await caseOf(home.caseId!);
    expect(c).toMatchObject({ channel: "HOME", status: "ACCEPTED", firstHandlerId: h.clerkB.user.id });
    expect(c.promisedDueDate).not.toBeNull();
    await expect(closeHome(h.clerkB.scope, { id: s.id, version: home.version }, TUE)).rejects.toThrow("办件尚未办结");
    const printed = await printHomeRecord(h.clerkB.scope, s.id, "http://localhost");
    expect(printed.docNo).toMatch(/^HOME-/);
    expect(Buffer.from(printed.bytes).subarray(0, 4).toString()).toBe("%PDF");
    expect(await db.auditEvent.count({ where: { action: "PRINT", entityId: printed.docNo } })).toBe(1);
    // The case finishes in the case engine; then the visit can be closed.
    await transitionCase(h.clerkB.scope, { caseId: c.id, version: c.version, action: "start" }, TUE);
    await completeCase(h.clerkB.scope, { caseId: c.id, version: c.version + 1, outcome: "APPROVED" }, TUE);
    await closeHome(h.clerkB.scope, { id: s.id, version: home.version }, TUE);
    expect(await fresh(s.id)).toMatchObject({ status: "CLOSED" });
    const view = await getHomeRequest(h.clerkA.scope, s.id, TUE);
    expect(view.case?.caseNo).toBe(c.caseNo);
  });

  it("a visit whose case stopped half-way is resumed without a second case", async () => {
    const h = await onSiteHall();
    const s = await scheduled(h);
    // The item is retired between scheduling and the visit: registration fails, the visit stays recorded.
    await db.serviceItem.update({ where: { id: h.item.id }, data: { status: "RETIRED", publishedKey: null } });
    const r = await recordVisit(h.clerkA.scope, { id: s.id, version: s.version, servicesProvided: ["PROCESSING"], result: "ACCEPTED_WITH_DEADLINE", materialsChecked: true }, TUE);
    expect(r.status).toBe("VISITED");
    expect(r.caseError).toContain("办件登记未完成");
    expect((await fresh(s.id)).caseId).toBeNull();
    expect((await getHomeRequest(h.clerkA.scope, s.id, TUE)).caseUnfinished).toBe(true);
    await expect(printHomeRecord(h.clerkA.scope, s.id, "http://localhost")).rejects.toThrow("办件尚未受理");
    await db.serviceItem.update({ where: { id: h.item.id }, data: { status: "PUBLISHED", publishedKey: h.item.code } });
    const v = (await fresh(s.id)).version;
    await advanceHomeCase(h.clerkA.scope, { id: s.id, version: v }, TUE);
    const home = await fresh(s.id);
    expect((await caseOf(home.caseId!)).status).toBe("ACCEPTED");
    expect(await db.serviceCase.count({ where: { clientPersonId: h.client.id, channel: "HOME" } })).toBe(1);
  });

  it("转代办: a proxy request is registered (PROXY_AGENT, item 可代办) and the visit closes", async () => {
    const h = await onSiteHall();
    const agent = await makeUser(h.unit, "CLERK", ["PROXY_AGENT"]);
    const s = await scheduled(h);
    const item = await db.serviceItem.findUniqueOrThrow({ where: { id: h.item.id }, include: { materials: true } });
    const proxy = {
      agentStaffId: agent.user.id, proxyReason: "SERIOUS_ILLNESS" as const, entrustmentNote: "已核验本人签署的委托书",
      materials: item.materials.map((m) => ({ materialDefId: m.id, state: "OK" as const })),
    };
    const visit = { id: s.id, version: s.version, servicesProvided: ["CONSULTATION"] as "CONSULTATION"[], result: "PROXY" as const };
    await expect(recordVisit(h.clerkA.scope, visit, TUE)).rejects.toMatchObject({ field: "proxy" });
    await expect(recordVisit(h.clerkA.scope, { ...visit, proxy: { ...proxy, agentStaffId: h.clerkB.user.id } }, TUE)).rejects.toMatchObject({ field: "agentStaffId" });
    const r = await recordVisit(h.clerkA.scope, { ...visit, proxy }, TUE);
    expect(r.status).toBe("CLOSED");
    const home = await fresh(s.id);
    const assist = await db.assistRequest.findUniqueOrThrow({ where: { id: home.assistRequestId! } });
    expect(assist).toMatchObject({ kind: "PROXY", clientPersonId: h.client.id, agentStaffId: agent.user.id, status: "REGISTERED", proxyReason: "SERIOUS_ILLNESS" });
    expect(home.caseId).toBeNull();
  });

  it("a) comes from the catalogue: claiming on-site authentication for an item that needs none is refused, and the exception guard follows the item (F10)", async () => {
    const h = await makeHall({ requiresOnSiteAuthentication: false });
    const base = { applicantPersonId: h.client.id, serviceItemCode: h.item.code, hardship: "SERIOUS_ILLNESS" as const, hardshipNote: "本人长期卧床" };
    await expect(requestHomeService(h.clerkA.scope, { ...base, needsOnSiteAuthentication: true }, MON)).rejects.toMatchObject({
      field: "needsOnSiteAuthentication", message: expect.stringContaining("未标注该事项需要现场认证"),
    });
    const onSite = await makePublishedItem({ requiresOnSiteAuthentication: true });
    await expect(requestHomeService(h.clerkA.scope, { ...base, serviceItemCode: onSite.code, needsOnSiteAuthentication: false }, MON)).rejects.toMatchObject({
      field: "needsOnSiteAuthentication",
    });
    expect(await db.homeServiceRequest.count({ where: { applicantPersonId: h.client.id } })).toBe(0);
    // Recorded truthfully, the clerk cannot confirm it: only a reviewer's exception (errata B10).
    const r = await requestHomeService(h.clerkA.scope, { ...base, needsOnSiteAuthentication: false }, MON);
    await expect(decideEligibility(h.clerkA.scope, { id: r.id, version: r.version, decision: "ELIGIBLE", hardshipConfirmed: true }, MON)).rejects.toThrow("须经审核人员批准例外");
    // A row written before this rule (a) claimed against the catalogue) still needs the exception.
    await db.homeServiceRequest.update({ where: { id: r.id }, data: { needsOnSiteAuthentication: true } });
    await expect(decideEligibility(h.clerkA.scope, { id: r.id, version: r.version, decision: "ELIGIBLE", hardshipConfirmed: true }, MON)).rejects.toThrow("须经审核人员批准例外");
    expect((await fresh(r.id)).status).toBe("REQUESTED");
  });

  it("resuming a case only marks unchecked materials OK: a clerk's MISSING stands and acceptance waits for it (F7)", async () => {
    const h = await onSiteHall();
    const s = await scheduled(h);
    await db.serviceItem.update({ where: { id: h.item.id }, data: { status: "RETIRED", publishedKey: null } });
    await recordVisit(h.clerkA.scope, { id: s.id, version: s.version, servicesProvided: ["PROCESSING"], result: "ACCEPTED_WITH_DEADLINE", materialsChecked: true }, TUE);
    await db.serviceItem.update({ where: { id: h.item.id }, data: { status: "PUBLISHED", publishedKey: h.item.code } });
    // The case was registered and linked, then the step stopped; a clerk found the discharge certificate missing.
    const kase = await registerCase(h.clerkA.scope, { clientPersonId: h.client.id, serviceItemCode: h.item.code, channel: "HOME" }, TUE);
    await db.homeServiceRequest.update({ where: { id: s.id }, data: { caseId: kase.id } });
    const before = await caseOf(kase.id);
    const cert = before.materials.find((m) => m.name === "退役证")!;
    await checkMaterials(h.clerkA.scope, { caseId: kase.id, version: before.version, materials: [{ id: cert.id, state: "MISSING" }] }, TUE);
    await expect(advanceHomeCase(h.clerkA.scope, { id: s.id, version: (await fresh(s.id)).version }, TUE)).rejects.toThrow("必需材料尚未全部核验齐全");
    const after = await caseOf(kase.id);
    expect(after.status).toBe("REGISTERED");
    expect(after.materials.find((m) => m.id === cert.id)?.state).toBe("MISSING");
    expect(after.materials.filter((m) => m.id !== cert.id).every((m) => m.state === "OK")).toBe(true);
    // Once the clerk has it, the resumed step accepts the case.
    await checkMaterials(h.clerkA.scope, { caseId: kase.id, version: after.version, materials: [{ id: cert.id, state: "OK" }] }, TUE);
    await advanceHomeCase(h.clerkA.scope, { id: s.id, version: (await fresh(s.id)).version }, TUE);
    expect((await caseOf(kase.id)).status).toBe("ACCEPTED");
    expect(await db.serviceCase.count({ where: { clientPersonId: h.client.id, channel: "HOME" } })).toBe(1);
  });

  it("the case step holds no connection while the case engine runs: more concurrent steps than pool connections all finish; a double click makes one case (F7)", async () => {
    const h = await onSiteHall();
    const n = Number(process.env.DB_POOL_SIZE ?? 3) + 1;
    const visits = [];
    for (let i = 0; i < n; i++) visits.push(await scheduled(h));
    await db.serviceItem.update({ where: { id: h.item.id }, data: { status: "RETIRED", publishedKey: null } });
    for (const s of visits) {
      await recordVisit(h.clerkA.scope, { id: s.id, version: s.version, servicesProvided: ["PROCESSING"], result: "ACCEPTED_WITH_DEADLINE", materialsChecked: true }, TUE);
    }
    await db.serviceItem.update({ where: { id: h.item.id }, data: { status: "PUBLISHED", publishedKey: h.item.code } });
    const ready = await Promise.all(visits.map((s) => fresh(s.id)));
    expect(ready.every((x) => x.status === "VISITED" && !x.caseId)).toBe(true);
    // The first request is clicked twice; every other once, all at the same time.
    const clicks = [ready[0], ...ready].map((x) => advanceHomeCase(h.clerkA.scope, { id: x.id, version: x.version }, TUE));
    const results = await Promise.allSettled(clicks);
    const failed = results.filter((r) => r.status === "rejected");
    expect(failed).toHaveLength(1);
    expect((failed[0] as PromiseRejectedResult).reason).toBeInstanceOf(Conflict);
    const done = await Promise.all(visits.map((s) => fresh(s.id)));
    expect(done.every((x) => !!x.caseId)).toBe(true);
    expect(await db.serviceCase.count({ where: { clientPersonId: h.client.id, channel: "HOME" } })).toBe(n);
  });

  it("a user of a sibling unit can neither read nor change the hall's home-service requests", async () => {
    const h = await onSiteHall();
    const r = await request(h);
    await expect(getHomeRequest(h.sibling.scope, r.id)).rejects.toBeInstanceOf(NotFound);
    await expect(decideEligibility(h.sibling.scope, { id: r.id, version: r.version, decision: "NOT_ELIGIBLE", reason: "越权" }, MON)).rejects.toBeInstanceOf(NotFound);
    await expect(printHomeRecord(h.sibling.scope, r.id, "http://localhost")).rejects.toBeInstanceOf(NotFound);
    expect((await listHomeRequests(h.sibling.scope, {})).rows.some((x) => x.id === r.id)).toBe(false);
    await expect(request(h, true, h.sibling.scope)).rejects.toBeInstanceOf(FieldError);
    expect(await fresh(r.id)).toMatchObject({ status: "REQUESTED", version: r.version });
  });
});
