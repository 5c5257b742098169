import { randomInt } from "node:crypto";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { loadOverrides } from "@/lib/core/calendar";
import { addWorkingDays, todayInShanghai } from "@/lib/core/calendar-math";
import { Conflict, FieldError, Forbidden, InvalidTransition, NotFound } from "@/lib/core/errors";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { exportFollowUpLedger } from "@/lib/hall/follow-up/export-ledger";
import { followUpFigures } from "@/lib/hall/follow-up/figures";
import { getReturnVisit, listReturnVisits } from "@/lib/hall/follow-up/return-visit-queries";
import { recordReturnVisit } from "@/lib/hall/follow-up/return-visit-services";
import { getSupervisionTask, listSupervisionTasks } from "@/lib/hall/follow-up/supervision-queries";
import { transitionSupervisionTask } from "@/lib/hall/follow-up/supervision-services";
import { getTrackingEntries, getTrackingPanelData, listTrackingLedger } from "@/lib/hall/follow-up/tracking-queries";
import { recordTrackingEntry } from "@/lib/hall/follow-up/tracking-services";
import { makeUser } from "../support/factories";
import { makeHall, type Hall } from "../support/hall-factories";

// §7.4 follow-up against the embedded PostgreSQL: the tracking ledger by the handler (§7.4.1,
// HALL-31, HALL-50), return visits that open supervision tasks and bad-review loops (§7.4.2,
// §9.2.1), supervision's four-eyes verification (ORG-30), the KPI figures and cross-scope denial.

const at = (date: string, hhmm = "10:00") => new Date(`${date}T${hhmm}:00+08:00`);
const dateCol = (date: string) => new Date(`${date}T00:00:00.000Z`);

let seq = 0;
async function insertCase(h: Hall, o: { status?: CaseStatus; acceptedAt?: Date; due?: string } = {}) {
  return db.serviceCase.create({
    data: {
      caseNo: `${h.unit.code}-${randomInt(1e9)}-${seq++}`.slice(0, 24), serviceItemId: h.item.id, itemCode: h.item.code, itemVersion: 1,
      itemName: h.item.name, promisedWorkingDays: 5, clientPersonId: h.client.id, channel: "WINDOW", windowId: h.window.id,
      firstHandlerId: h.clerkA.user.id, primaryResponsibleId: h.clerkA.user.id, status: o.status ?? "IN_PROGRESS",
      acceptedAt: o.acceptedAt ?? new Date(), dueDate: o.due ? dateCol(o.due) : null, promisedDueDate: o.due ? dateCol(o.due) : null,
      completedAt: o.status === "COMPLETED" ? new Date() : null,
      hallOrgUnitId: h.unit.id, hallOrgPath: h.unit.path, orgUnitId: h.client.orgUnitId, orgPath: h.client.orgPath,
    },
  });
}

async function pendingVisit(h: Hall, due = addWorkingDays(todayInShanghai(), 20, new Map())) {
  const c = await insertCase(h, { status: "COMPLETED" });
  return db.returnVisit.create({ data: { caseId: c.id, focusDomain: "EMPLOYMENT_PLACEMENT", dueDate: dateCol(due), assigneeUserId: h.clerkA.user.id, orgPath: h.unit.path } });
}

const entry = (caseId: string, lastEntryId: string | null, progress = "已电话联系服务对象，材料已报区局审核") =>
  ({ caseId, method: "PHONE_FOLLOWUP" as const, progress, nextStep: "三个工作日后再次电话跟进", lastEntryId });

describe("tracking ledger (§7.4.1)", () => {
  it("the first handler records entries; a double submit is a conflict; the panel shows them newest first", async () => {
    const h = await makeHall();
    const c = await insertCase(h);
    const first = await recordTrackingEntry(h.clerkA.scope, entry(c.id, null));
    expect(first).toMatchObject({ caseId: c.id, byUserId: h.clerkA.user.id, orgPath: h.unit.path, method: "PHONE_FOLLOWUP" });
    // The same form submitted twice (it still names "no entry yet" as the last one): nothing saved.
    await expect(recordTrackingEntry(h.clerkA.scope, entry(c.id, null))).rejects.toBeInstanceOf(Conflict);
    const second = await recordTrackingEntry(h.clerkA.scope, { ...entry(c.id, first.id, "陪同服务对象至区医保窗口办理"), method: "ACCOMPANY" });
    const entries = await getTrackingEntries(h.clerkA.scope, c.id);
    expect(entries.map((e) => e.id)).toEqual([second.id, first.id]);
    expect(entries[0]).toMatchObject({ method: "ACCOMPANY", byName: "测试用户" });
    expect(await db.auditEvent.count({ where: { entityType: "TrackingEntry", entityId: first.id, action: "CREATE" } })).toBe(1);
    expect((await getTrackingPanelData(h.clerkA.scope, c.id)).canWrite).toBe(true);
    expect((await getTrackingPanelData(h.reviewer.scope, c.id)).canWrite).toBe(false);
    // The client's street (ORG-22) reads the ledger of a case it can see.
    expect(await getTrackingEntries(h.townClerk.scope, c.id)).toHaveLength(2);
  });

  it("refuses anyone but the handler; the B role stands in only while A is away (HALL-31); closed cases take no entries", async () => {
    const h = await makeHall();
    const c = await insertCase(h);
    await expect(recordTrackingEntry(h.clerkB.scope, entry(c.id, null))).rejects.toBeInstanceOf(Forbidden);
    await expect(recordTrackingEntry(h.reviewer.scope, entry(c.id, null))).rejects.toBeInstanceOf(Forbidden);
    const admin = await makeUser(h.unit, "ADMIN");
    await expect(recordTrackingEntry(admin.scope, entry(c.id, null))).rejects.toBeInstanceOf(Forbidden);
    await db.staffPresence.create({ data: { userId: h.clerkA.user.id, status: "ON_LEAVE", orgPath: h.unit.path } });
    const byB = await recordTrackingEntry(h.clerkB.scope, entry(c.id, null));
    expect(byB.byUserId).toBe(h.clerkB.user.id);
    const done = await insertCase(h, { status: "COMPLETED" });
    await expect(recordTrackingEntry(h.clerkB.scope, entry(done.id, null))).rejects.toBeInstanceOf(InvalidTransition);
    await expect(recordTrackingEntry(h.clerkA.scope, { ...entry(c.id, byB.id), progress: "  " })).rejects.toMatchObject({ field: "progress" });
    expect(await db.trackingEntry.count({ where: { caseId: { in: [c.id, done.id] } } })).toBe(1);
  });

  it("lists open accepted cases with their last entry and flags 5 working days without one (HALL-50); exports it masked and audited", async () => {
    const h = await makeHall();
    const now = at("2035-04-18", "11:00"); // Wednesday
    const fresh = await insertCase(h, { acceptedAt: at("2035-04-16"), due: "2035-04-23" });
    const stale = await insertCase(h, { acceptedAt: at("2035-04-09"), due: "2035-04-20" }); // accepted 7 working days ago
    const revived = await insertCase(h, { acceptedAt: at("2035-04-02"), due: "2035-04-25" });
    await db.trackingEntry.create({ data: { caseId: revived.id, method: "ON_SITE_CHECK", at: at("2035-04-17"), progress: "现场核查完毕", byUserId: h.clerkA.user.id, orgPath: h.unit.path } });
    await insertCase(h, { status: "COMPLETED", acceptedAt: at("2035-04-01") });
    await insertCase(h, { status: "REGISTERED" });

    const all = await listTrackingLedger(h.reviewer.scope, {}, now);
    expect(all.rows.map((r) => r.id)).toEqual([stale.id, fresh.id, revived.id]); // soonest due first
    const byId = new Map(all.rows.map((r) => [r.id, r]));
    expect(byId.get(stale.id)).toMatchObject({ stale: true, workingDaysSince: 7, last: null });
    expect(byId.get(fresh.id)).toMatchObject({ stale: false, workingDaysSince: 2 });
    expect(byId.get(revived.id)).toMatchObject({ stale: false, workingDaysSince: 1, last: { method: "ON_SITE_CHECK", progress: "现场核查完毕" } });
    expect(byId.get(stale.id)!.clientIdMasked).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    expect((await listTrackingLedger(h.reviewer.scope, { stale: true }, now)).rows.map((r) => r.id)).toEqual([stale.id]);
    expect((await listTrackingLedger(h.clerkB.scope, { mine: true }, now)).rows).toEqual([]);
    expect((await listTrackingLedger(h.townClerk.scope, {}, now)).rows).toHaveLength(3);
    expect((await listTrackingLedger(h.sibling.scope, {}, now)).rows).toEqual([]);

    const file = await exportFollowUpLedger(h.reviewer.scope, "tracking", { stale: true }, now);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(String(ws.getCell(1, 1).value)).toContain("导出人");
    expect(ws.getRow(2).values).toContain("身份证号");
    expect(ws.rowCount).toBe(3);
    const idCell = String(ws.getRow(3).getCell(4).value);
    expect(idCell).toMatch(/\*{8}/);
    expect(file.fileName).toMatch(new RegExp(`^${h.unit.code}_跟踪台账_\\d{8}\\.xlsx$`));
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "EXPORT", userId: h.reviewer.user.id }, orderBy: { id: "desc" } });
    expect(audit.diff).toMatchObject({ list: "跟踪台账", rowCount: 1, masked: true, criteria: { ledger: "tracking", stale: true } });
    await expect(exportFollowUpLedger(h.clerkA.scope, "tracking", {})).rejects.toBeInstanceOf(Forbidden);
  });
});

describe("return visits (§7.4.2) → supervision and bad-review loop", () => {
  const good = { method: "PHONE" as const, satisfaction: "SATISFIED" as const, policyImplemented: "FULL" as const, effect: "GOOD" as const };

  it("a satisfied visit with the policy in place closes the visit and opens nothing", async () => {
    const h = await makeHall();
    const v = await pendingVisit(h);
    const r = await recordReturnVisit(h.clerkB.scope, { id: v.id, version: v.version, ...good, feedback: "很满意" });
    expect(r).toEqual({ supervisionTaskId: null, badReviewId: null });
    const after = await db.returnVisit.findUniqueOrThrow({ where: { id: v.id } });
    expect(after).toMatchObject({ status: "DONE", visitedById: h.clerkB.user.id, satisfaction: "SATISFIED", feedback: "很满意", version: v.version + 1 });
    expect(await db.auditEvent.count({ where: { entityType: "ReturnVisit", entityId: v.id, action: "UPDATE" } })).toBe(1);
    // Double submit / stale form: a conflict, nothing changes.
    await expect(recordReturnVisit(h.clerkB.scope, { id: v.id, version: v.version, ...good, satisfaction: "DISSATISFIED" })).rejects.toBeInstanceOf(Conflict);
    expect((await db.returnVisit.findUniqueOrThrow({ where: { id: v.id } })).satisfaction).toBe("SATISFIED");
    expect(await db.badReviewCase.count({ where: { caseId: v.caseId } })).toBe(0);
  });

  it("poor effect or policy not fully implemented opens a supervision task for the hall, due in 10 working days, supervised by a reviewer", async () => {
    const h = await makeHall();
    const overrides = await loadOverrides();
    const poor = await pendingVisit(h);
    const r1 = await recordReturnVisit(h.clerkA.scope, { id: poor.id, version: 0, ...good, effect: "POOR", feedback: "补贴到账晚了两个月" });
    const task = await db.supervisionTask.findUniqueOrThrow({ where: { id: r1.supervisionTaskId! } });
    expect(task).toMatchObject({
      origin: "RETURN_VISIT", sourceId: poor.id, assigneeOrgUnitId: h.unit.id, orgPath: h.unit.path, status: "OPEN",
      supervisorId: h.reviewer.user.id, createdById: h.clerkA.user.id,
    });
    expect(task.dueDate.toISOString().slice(0, 10)).toBe(addWorkingDays(todayInShanghai(), 10, overrides));
    expect(task.issue).toContain("不理想");
    expect(task.issue).toContain("补贴到账晚了两个月");
    expect((await db.returnVisit.findUniqueOrThrow({ where: { id: poor.id } })).supervisionTaskId).toBe(task.id);
    expect(await db.reminder.count({ where: { entityId: task.id, assigneeUserId: h.reviewer.user.id, ruleId: "HALL-SUP" } })).toBe(1);

    const partial = await pendingVisit(h);
    const r2 = await recordReturnVisit(h.clerkA.scope, { id: partial.id, version: 0, ...good, policyImplemented: "PARTIAL" });
    expect(r2.supervisionTaskId).not.toBeNull();
    expect(r2.badReviewId).toBeNull();
    const view = await getReturnVisit(h.reviewer.scope, partial.id);
    expect(view.supervisionTask?.id).toBe(r2.supervisionTaskId);
  });

  it("an unsatisfied client opens a bad-review loop (source RETURN_VISIT, FOUND, due in 1 working day)", async () => {
    const h = await makeHall();
    const v = await pendingVisit(h);
    const r = await recordReturnVisit(h.clerkA.scope, { id: v.id, version: 0, ...good, satisfaction: "VERY_DISSATISFIED", feedback: "窗口人员态度冷淡" });
    expect(r.supervisionTaskId).toBeNull();
    const loop = await db.badReviewCase.findUniqueOrThrow({ where: { id: r.badReviewId! } });
    expect(loop).toMatchObject({
      source: "RETURN_VISIT", status: "FOUND", orgUnitId: h.unit.id, orgPath: h.unit.path, caseId: v.caseId, staffUserId: h.clerkA.user.id,
      description: "窗口人员态度冷淡",
    });
    expect(loop.stepDueDate!.toISOString().slice(0, 10)).toBe(addWorkingDays(todayInShanghai(), 1, await loadOverrides()));
    expect((await getReturnVisit(h.clerkA.scope, v.id)).badReview?.id).toBe(loop.id);
  });

  it("lists pending visits by due date with the overdue flag; the sibling street sees none and cannot record", async () => {
    const h = await makeHall();
    const overdue = await pendingVisit(h, "2020-01-06");
    const upcoming = await pendingVisit(h);
    const list = await listReturnVisits(h.clerkA.scope, { status: "PENDING" });
    expect(list.rows.map((r) => [r.id, r.overdue])).toEqual([[overdue.id, true], [upcoming.id, false]]);
    expect(list.rows[0].case?.clientMobileMasked).toBe("138****8000");
    expect((await listReturnVisits(h.clerkA.scope, { overdue: true })).rows.map((r) => r.id)).toEqual([overdue.id]);
    expect((await listReturnVisits(h.sibling.scope, {})).rows).toEqual([]);
    await expect(getReturnVisit(h.sibling.scope, overdue.id)).rejects.toBeInstanceOf(NotFound);
    await expect(recordReturnVisit(h.sibling.scope, { id: overdue.id, version: 0, ...good })).rejects.toBeInstanceOf(NotFound);
    // The client's street owns the person, but the visit ledger is the hall's.
    await expect(getReturnVisit(h.townClerk.scope, overdue.id)).rejects.toBeInstanceOf(NotFound);
    expect((await db.returnVisit.findUniqueOrThrow({ where: { id: overdue.id } })).status).toBe("PENDING");
  });
});

describe("supervision tasks (督导落实): OPEN → IN_PROGRESS → RESOLVED → VERIFIED", () => {
  async function taskOf(h: Hall) {
    const v = await pendingVisit(h);
    const r = await recordReturnVisit(h.clerkA.scope, { id: v.id, version: 0, method: "HOME", satisfaction: "BASIC", policyImplemented: "NOT", effect: "FAIR" });
    return db.supervisionTask.findUniqueOrThrow({ where: { id: r.supervisionTaskId! } });
  }
  const step = async (scope: Hall["clerkA"]["scope"], id: string, action: "start" | "resolve" | "verify" | "reopen", extra: { actions?: string; reason?: string } = {}) => {
    const t = await db.supervisionTask.findUniqueOrThrow({ where: { id } });
    return transitionSupervisionTask(scope, { id, version: t.version, action, ...extra });
  };

  it("the hall rectifies, a reviewer who did not resolve it verifies (ORG-30)", async () => {
    const h = await makeHall();
    const task = await taskOf(h);
    expect(await step(h.clerkA.scope, task.id, "start")).toBe("IN_PROGRESS");
    await expect(step(h.clerkA.scope, task.id, "resolve")).rejects.toMatchObject({ field: "actions" });
    expect(await step(h.clerkA.scope, task.id, "resolve", { actions: "已协调区人社局补发，并电话告知服务对象" })).toBe("RESOLVED");
    await expect(step(h.clerkB.scope, task.id, "verify")).rejects.toBeInstanceOf(Forbidden);
    // Sent back once, with a reason.
    await expect(step(h.reviewer.scope, task.id, "reopen")).rejects.toBeInstanceOf(FieldError);
    expect(await step(h.reviewer.scope, task.id, "reopen", { reason: "未见补发凭证" })).toBe("IN_PROGRESS");
    expect(await step(h.clerkA.scope, task.id, "resolve", { actions: "补发凭证已归档" })).toBe("RESOLVED");
    expect(await step(h.reviewer.scope, task.id, "verify")).toBe("VERIFIED");
    const done = await db.supervisionTask.findUniqueOrThrow({ where: { id: task.id } });
    expect(done).toMatchObject({ status: "VERIFIED", verifiedById: h.reviewer.user.id, actions: "补发凭证已归档" });
    expect(done.resolvedAt).not.toBeNull();
    const view = await getSupervisionTask(h.reviewer.scope, task.id);
    expect(view.history.map((x) => x.action)).toEqual(["verify", "resolve", "reopen", "resolve", "start"]);
    expect(view.transitions).toEqual([]);
    expect(view.sourceVisitId).toBe(task.sourceId);
    // The supervisor was told when it was resolved (once per resolution).
    expect(await db.reminder.count({ where: { entityId: task.id, assigneeUserId: h.reviewer.user.id } })).toBe(3);
  });

  it("a reviewer who resolved the task cannot verify it; another reviewer can; a stale version is a conflict", async () => {
    const h = await makeHall();
    const task = await taskOf(h);
    await step(h.reviewer.scope, task.id, "resolve", { actions: "已约谈窗口人员并整改" });
    const view = await getSupervisionTask(h.reviewer.scope, task.id);
    expect(view.transitions).toEqual([]);
    await expect(step(h.reviewer.scope, task.id, "verify")).rejects.toThrow("不能审核本人提交的记录");
    expect((await getSupervisionTask(h.reviewer2.scope, task.id)).transitions.map((t) => t.action)).toEqual(["verify", "reopen"]);
    await expect(transitionSupervisionTask(h.reviewer2.scope, { id: task.id, version: task.version, action: "verify" })).rejects.toBeInstanceOf(Conflict);
    expect(await step(h.reviewer2.scope, task.id, "verify")).toBe("VERIFIED");
  });

  it("only the supervised unit rectifies; out of scope it does not exist", async () => {
    const h = await makeHall();
    const task = await taskOf(h);
    const cityReviewer = await makeUser(h.tree.city, "REVIEWER");
    await expect(step(cityReviewer.scope, task.id, "start")).rejects.toThrow("被督导单位");
    await expect(step(h.sibling.scope, task.id, "start")).rejects.toBeInstanceOf(NotFound);
    await expect(step(h.townClerk.scope, task.id, "start")).rejects.toBeInstanceOf(NotFound);
    await expect(getSupervisionTask(h.sibling.scope, task.id)).rejects.toBeInstanceOf(NotFound);
    expect((await listSupervisionTasks(h.sibling.scope, {})).rows).toEqual([]);
    expect((await listSupervisionTasks(cityReviewer.scope, { status: "OPEN" })).rows.map((r) => r.id)).toContain(task.id);
    expect((await db.supervisionTask.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("OPEN");
  });
});

describe("follow-up figures for the KPI page (§3.12.10)", () => {
  it("counts visits done and pending, satisfaction, and supervision opened/open/resolved in scope", async () => {
    const h = await makeHall();
    const visits = await Promise.all([pendingVisit(h), pendingVisit(h), pendingVisit(h), pendingVisit(h, "2020-01-06")]);
    const base = { method: "PHONE" as const, policyImplemented: "FULL" as const, effect: "GOOD" as const };
    await recordReturnVisit(h.clerkA.scope, { id: visits[0].id, version: 0, ...base, satisfaction: "VERY_SATISFIED" });
    await recordReturnVisit(h.clerkA.scope, { id: visits[1].id, version: 0, ...base, satisfaction: "DISSATISFIED" });
    const r = await recordReturnVisit(h.clerkA.scope, { id: visits[2].id, version: 0, ...base, satisfaction: "BASIC", effect: "POOR" });
    const task = await db.supervisionTask.findUniqueOrThrow({ where: { id: r.supervisionTaskId! } });
    await transitionSupervisionTask(h.clerkA.scope, { id: task.id, version: task.version, action: "resolve", actions: "已整改" });
    const today = todayInShanghai();
    const f = await followUpFigures(h.reviewer.scope, { from: today, to: today });
    expect(f.visits).toMatchObject({ done: 3, pending: 1, overdue: 1, poorEffect: 1, policyNotFull: 0 });
    expect(f.visits.satisfaction).toMatchObject({ VERY_SATISFIED: 1, DISSATISFIED: 1, BASIC: 1, SATISFIED: 0 });
    expect(f.visits.satisfactionRate).toBeCloseTo(2 / 3);
    expect(f.supervision).toEqual({ opened: 1, open: 0, resolved: 1, verified: 0 });
    const sibling = await followUpFigures(h.sibling.scope, { from: today, to: today });
    expect(sibling.visits.done).toBe(0);
    expect(sibling.visits.satisfactionRate).toBeNull();
    await expect(followUpFigures(h.reviewer.scope, { from: today, to: "2020-01-01" })).rejects.toMatchObject({ field: "to" });
  });
});
