import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { invalidateCalendarCache } from "@/lib/core/calendar";
import { addDays } from "@/lib/core/calendar-math";
import { Conflict, DomainError, Forbidden, InvalidTransition, NotFound } from "@/lib/core/errors";
import { generateWeekRoster, publishWeek, recordDutyLog, updateRosterDay } from "@/lib/hall/duty/roster-services";
import { getWeekRoster } from "@/lib/hall/duty/roster-queries";
import { lunchRosterCompliance } from "@/lib/hall/duty/compliance";
import { printLunchRoster } from "@/lib/hall/duty/roster-pdf";
import { getTodaysLunchDuty } from "@/lib/hall/duty/desk";
import { decideExtendedService } from "@/lib/hall/duty/extended";
import { extendedServiceCounts, listExtendedCandidates, listNotReadyReasons } from "@/lib/hall/duty/extended-queries";
import { decideLeave, requestLeave } from "@/lib/hall/leave/services";
import { registerCase } from "@/lib/hall/cases/services/register-case";
import { checkMaterials } from "@/lib/hall/cases/services/check-materials";
import { completeCase, transitionCase } from "@/lib/hall/cases/services/transitions";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { makeUser } from "../support/factories";
import { makeHall, makePair, makeWindow, type Hall } from "../support/hall-factories";

const at = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+08:00`);
const col = (d: string) => new Date(`${d}T00:00:00Z`);

/** A Monday in a far-future year only this file uses, so calendar rows never collide. */
function futureMonday(): string {
  let d = `${2200 + randomInt(600)}-09-0${1 + randomInt(7)}`;
  while (new Date(`${d}T00:00:00Z`).getUTCDay() !== 1) d = addDays(d, 1);
  return d;
}

async function withCalendar(days: { date: string; isWorkingDay: boolean; name: string }[], run: () => Promise<void>) {
  for (const d of days) await db.workCalendarDay.create({ data: { ...d, date: col(d.date) } });
  invalidateCalendarCache();
  try {
    await run();
  } finally {
    await db.workCalendarDay.deleteMany({ where: { date: { in: days.map((d) => col(d.date)) } } });
    invalidateCalendarCache();
  }
}

/** The hall plus a second window paired C/D, so four window staff rotate. */
async function hallWithTwoWindows() {
  const h = await makeHall();
  const clerkC = await makeUser(h.unit, "CLERK");
  const clerkD = await makeUser(h.unit, "CLERK");
  const w2 = await makeWindow(h.unit, [h.item.code], { windowNo: "Z2" });
  await db.serviceWindow.update({ where: { id: h.window.id }, data: { windowNo: "Z1" } });
  await makePair(w2, clerkC.user.id, clerkD.user.id);
  return { ...h, clerkC, clerkD, w2 };
}

describe("lunch duty roster (§7.1.2, HALL-11/12)", () => {
  it("generates a round-robin over window staff for every working day of the week, skipping holidays and approved leave", async () => {
    const h = await hallWithTwoWindows();
    const mon = futureMonday();
    const now = at(addDays(mon, -7), "09:00");
    const [tue, wed, thu, sat] = [1, 2, 3, 5].map((n) => addDays(mon, n));
    await withCalendar([{ date: wed, isWorkingDay: false, name: "测试假日" }, { date: sat, isWorkingDay: true, name: "测试调休" }], async () => {
      // A, first in the rotation, is on approved leave on Monday over lunch.
      const l = await requestLeave(h.clerkA.scope, { type: "PERSONAL", startsAt: `${mon}T11:00`, endsAt: `${mon}T15:00` }, now);
      await decideLeave(h.reviewer.scope, { id: l.id, version: l.version, decision: "approve" }, now);

      const rows = await generateWeekRoster(h.reviewer.scope, { weekStart: mon, staffPerDay: 1 }, now);
      const byDate = new Map(rows.map((r) => [r.date.toISOString().slice(0, 10), r.dutyUserIds]));
      // Working days: Mon, Tue, Thu, Fri and the make-up Saturday; not Wednesday or Sunday.
      expect([...byDate.keys()].sort()).toEqual([mon, tue, thu, addDays(mon, 4), sat]);
      const [A, B, C, D] = [h.clerkA, h.clerkB, h.clerkC, h.clerkD].map((x) => x.user.id);
      // Rotation Z1-A, Z1-B, Z2-C, Z2-D; A, skipped on Monday, keeps the front of the queue for Tuesday.
      expect([mon, tue, thu, addDays(mon, 4), sat].map((d) => byDate.get(d))).toEqual([[B], [A], [C], [D], [B]]);
      for (const r of rows) expect(r.windowIds.sort()).toEqual([h.window.id, h.w2.id].sort());

      // Regenerating a draft replaces it in place; publishing needs every day; then it is locked.
      const again = await generateWeekRoster(h.reviewer.scope, { weekStart: mon, staffPerDay: 2 }, now);
      expect(again.map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
      expect(again.every((r) => r.dutyUserIds.length === 2)).toBe(true);
      expect(await publishWeek(h.reviewer.scope, { weekStart: mon }, now)).toEqual({ published: 5 });
      expect(await publishWeek(h.reviewer.scope, { weekStart: mon }, now)).toEqual({ published: 0 });
      await expect(generateWeekRoster(h.reviewer.scope, { weekStart: mon, staffPerDay: 1 }, now)).rejects.toBeInstanceOf(Conflict);

      // Compliance for the month, measured up to "today" = the Saturday (all rostered days published).
      const month = mon.slice(0, 7);
      const kpi = (await lunchRosterCompliance(h.reviewer.scope, month, at(sat, "18:00"))).find((u) => u.orgUnitId === h.unit.id)!;
      const inMonth = [mon, tue, thu, addDays(mon, 4), sat].filter((d) => d.startsWith(month)).length;
      expect(kpi.rosteredDays).toBe(inMonth);
      expect(kpi.workingDays).toBeGreaterThanOrEqual(inMonth);
    });
  });

  it("a day is edited with ≥1 staff not on leave and ≥1 active window; the log is kept by the staff on duty", async () => {
    const h = await hallWithTwoWindows();
    const mon = futureMonday();
    const now = at(addDays(mon, -7), "09:00");
    const rows = await generateWeekRoster(h.reviewer.scope, { weekStart: mon, staffPerDay: 1 }, now);
    const monday = rows.find((r) => r.date.toISOString().slice(0, 10) === mon)!;
    await expect(updateRosterDay(h.reviewer.scope, { id: monday.id, version: monday.version, dutyUserIds: [], windowIds: [h.window.id] }, now)).rejects.toMatchObject({ field: "dutyUserIds" });
    await expect(updateRosterDay(h.reviewer.scope, { id: monday.id, version: monday.version, dutyUserIds: [h.townClerk.user.id], windowIds: [h.window.id] }, now)).rejects.toMatchObject({ field: "dutyUserIds" });
    await expect(updateRosterDay(h.reviewer.scope, { id: monday.id, version: monday.version, dutyUserIds: [h.clerkC.user.id], windowIds: [] }, now)).rejects.toMatchObject({ field: "windowIds" });
    const l = await requestLeave(h.clerkD.scope, { type: "ANNUAL", startsAt: `${mon}T08:30`, endsAt: `${mon}T17:30` }, now);
    await decideLeave(h.reviewer.scope, { id: l.id, version: l.version, decision: "approve" }, now);
    await expect(updateRosterDay(h.reviewer.scope, { id: monday.id, version: monday.version, dutyUserIds: [h.clerkD.user.id], windowIds: [h.window.id] }, now)).rejects.toThrow("已批准休假");
    await updateRosterDay(h.reviewer.scope, { id: monday.id, version: monday.version, dutyUserIds: [h.clerkC.user.id, h.reviewer2.user.id], windowIds: [h.window.id] }, now);
    await expect(updateRosterDay(h.reviewer.scope, { id: monday.id, version: monday.version, dutyUserIds: [h.clerkC.user.id], windowIds: [h.window.id] }, now)).rejects.toBeInstanceOf(Conflict);
    await expect(updateRosterDay(h.clerkA.scope, { id: monday.id, version: monday.version + 1, dutyUserIds: [h.clerkC.user.id], windowIds: [h.window.id] }, now)).rejects.toBeInstanceOf(Forbidden);

    await expect(publishWeek(h.clerkA.scope, { weekStart: mon }, now)).rejects.toBeInstanceOf(Forbidden);
    await publishWeek(h.reviewer.scope, { weekStart: mon }, now);
    const published = await db.lunchDutyRoster.findUniqueOrThrow({ where: { id: monday.id } });
    const onTheDay = at(mon, "13:40");
    await expect(recordDutyLog(h.clerkA.scope, { id: monday.id, version: published.version, clientsServed: 3 }, onTheDay)).rejects.toBeInstanceOf(Forbidden);
    await expect(recordDutyLog(h.clerkC.scope, { id: monday.id, version: published.version, clientsServed: 3 }, now)).rejects.toThrow("值班当天才能填写");
    await recordDutyLog(h.clerkC.scope, { id: monday.id, version: published.version, clientsServed: 3, logNote: "办理优待证咨询2人，材料补交1人" }, onTheDay);
    expect(await db.lunchDutyRoster.findUniqueOrThrow({ where: { id: monday.id } })).toMatchObject({ clientsServed: 3, logNote: "办理优待证咨询2人，材料补交1人" });
    await expect(recordDutyLog(h.clerkC.scope, { id: monday.id, version: published.version, clientsServed: -1 }, onTheDay)).rejects.toMatchObject({ field: "clientsServed" });
  });

  it("approving leave of someone on a published roster alerts the window lead (HALL-12); the A4 roster prints with a number", async () => {
    const h = await hallWithTwoWindows();
    const mon = futureMonday();
    const now = at(addDays(mon, -7), "09:00");
    const rows = await generateWeekRoster(h.reviewer.scope, { weekStart: mon, staffPerDay: 1 }, now);
    await expect(printLunchRoster(h.clerkA.scope, h.unit.id, mon, "http://localhost")).rejects.toBeInstanceOf(DomainError);
    await publishWeek(h.reviewer.scope, { weekStart: mon }, now);
    const monday = rows.find((r) => r.date.toISOString().slice(0, 10) === mon)!;
    const onDuty = [h.clerkA, h.clerkB, h.clerkC, h.clerkD].find((x) => x.user.id === monday.dutyUserIds[0])!;
    const l = await requestLeave(onDuty.scope, { type: "PERSONAL", startsAt: `${mon}T11:30`, endsAt: `${mon}T14:00` }, now);
    await decideLeave(h.reviewer.scope, { id: l.id, version: l.version, decision: "approve" }, now);
    expect(await db.reminder.count({ where: { ruleId: "HALL-12", entityId: monday.id, assigneeUserId: h.reviewer.user.id } })).toBe(1);

    const printed = await printLunchRoster(h.clerkA.scope, h.unit.id, mon, "http://localhost");
    expect(Buffer.from(printed.bytes).subarray(0, 5).toString()).toBe("%PDF-");
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "PRINT", userId: h.clerkA.user.id }, orderBy: { id: "desc" } });
    expect(event.entityId).toMatch(new RegExp(`^ROSTER-${h.unit.code}-\\d{4}-\\d{6}$`));
    const week = await getWeekRoster(h.clerkA.scope, { weekStart: mon });
    expect(week.days.filter((d) => d.roster).length).toBe(5);
  });

  it("a unit without a hall has no lunch duty; a sibling unit can neither read, generate nor print the roster (NotFound)", async () => {
    const h = await hallWithTwoWindows();
    const mon = futureMonday();
    const now = at(addDays(mon, -7), "09:00");
    const rows = await generateWeekRoster(h.reviewer.scope, { weekStart: mon, staffPerDay: 1 }, now);
    const siblingReviewer = await makeUser(h.tree.townB, "REVIEWER");
    await expect(getWeekRoster(siblingReviewer.scope, { orgUnitId: h.unit.id, weekStart: mon })).rejects.toBeInstanceOf(NotFound);
    await expect(generateWeekRoster(siblingReviewer.scope, { orgUnitId: h.unit.id, weekStart: mon, staffPerDay: 1 }, now)).rejects.toBeInstanceOf(NotFound);
    await expect(updateRosterDay(siblingReviewer.scope, { id: rows[0].id, version: rows[0].version, dutyUserIds: [siblingReviewer.user.id], windowIds: [h.window.id] }, now)).rejects.toBeInstanceOf(NotFound);
    await expect(publishWeek(siblingReviewer.scope, { orgUnitId: h.unit.id, weekStart: mon }, now)).rejects.toBeInstanceOf(NotFound);
    await expect(printLunchRoster(siblingReviewer.scope, h.unit.id, mon, "http://localhost")).rejects.toBeInstanceOf(NotFound);
    await expect(generateWeekRoster(h.reviewer.scope, { weekStart: addDays(mon, 1), staffPerDay: 1 }, now)).rejects.toMatchObject({ field: "weekStart" });
    const villageReviewer = await makeUser(h.tree.villageA, "REVIEWER");
    await expect(generateWeekRoster(villageReviewer.scope, { weekStart: mon, staffPerDay: 1 }, now)).rejects.toThrow("本单位未设置午间值班");
  });
});

describe("extended service (§7.1.1, HALL-10, AMB-57)", () => {
  async function acceptedCase(h: Hall, now?: Date) {
    const c = await registerCase(h.clerkA.scope, { clientPersonId: h.client.id, serviceItemCode: h.item.code, channel: "WINDOW", windowId: h.window.id }, now);
    const fresh = () => db.serviceCase.findUniqueOrThrow({ where: { id: c.id }, include: { materials: true } });
    const f = await fresh();
    await checkMaterials(h.clerkA.scope, { caseId: c.id, version: f.version, materials: f.materials.map((m) => ({ id: m.id, state: "OK" as const })) }, now);
    await transitionCase(h.clerkA.scope, { caseId: c.id, version: (await fresh()).version, action: "accept" }, now);
    return c;
  }

  it("lists today's clocked cases; the handler extends or says not ready (with a reason), once per case and day", async () => {
    const h = await makeHall();
    const extend = await acceptedCase(h);
    const notReady = await acceptedCase(h);
    const waiting = await registerCase(h.clerkA.scope, { clientPersonId: h.client.id, serviceItemCode: h.item.code, channel: "WINDOW", windowId: h.window.id });
    const list = await listExtendedCandidates(h.clerkA.scope);
    expect(list.closingTime).toBe("17:00");
    expect(list.promptFrom).toBe("16:45");
    expect(list.rows.map((r) => r.id).sort()).toEqual([extend.id, notReady.id].sort());
    expect(list.rows.map((r) => r.id)).not.toContain(waiting.id);

    await expect(decideExtendedService(h.clerkA.scope, { caseId: waiting.id, decision: "EXTEND" })).rejects.toBeInstanceOf(InvalidTransition);
    await expect(decideExtendedService(h.clerkA.scope, { caseId: notReady.id, decision: "NOT_READY" })).rejects.toMatchObject({ field: "reason" });
    await expect(decideExtendedService(h.clerkB.scope, { caseId: extend.id, decision: "EXTEND" })).rejects.toBeInstanceOf(Forbidden);
    await expect(decideExtendedService(h.clerkA.scope, { caseId: extend.id, decision: "EXTEND", staffIds: [h.townClerk.user.id] })).rejects.toMatchObject({ field: "staffIds" });
    const e = await decideExtendedService(h.clerkA.scope, { caseId: extend.id, decision: "EXTEND", staffIds: [h.clerkA.user.id, h.clerkB.user.id] });
    expect(e).toMatchObject({ decision: "EXTEND", closingTime: "17:00", staffIds: [h.clerkA.user.id, h.clerkB.user.id], orgPath: h.unit.path });
    await expect(decideExtendedService(h.clerkA.scope, { caseId: extend.id, decision: "NOT_READY", reason: "改变主意" })).rejects.toBeInstanceOf(Conflict);
    await decideExtendedService(h.clerkA.scope, { caseId: notReady.id, decision: "NOT_READY", reason: "需上级部门出具证明，今日无法办结" });

    const report = await listNotReadyReasons(h.reviewer.scope);
    expect(report.filter((r) => r.caseId === notReady.id)).toMatchObject([{ reason: "需上级部门出具证明，今日无法办结" }]);
    await expect(listNotReadyReasons(h.clerkA.scope)).rejects.toBeInstanceOf(Forbidden);
    const decided = (await listExtendedCandidates(h.clerkA.scope)).rows.find((r) => r.id === extend.id)!;
    expect(decided.decision).toMatchObject({ decision: "EXTEND", staff: ["测试用户", "测试用户"] });
  });

  it("finishing after closing under 延时办理 marks the case as extended service, counted per unit and month", async () => {
    const h = await makeHall();
    const day = todayInShanghai();
    const c = await acceptedCase(h, at(day, "16:30"));
    await decideExtendedService(h.clerkA.scope, { caseId: c.id, decision: "EXTEND" }, at(day, "16:50"));
    const fresh = await db.serviceCase.findUniqueOrThrow({ where: { id: c.id } });
    await transitionCase(h.clerkA.scope, { caseId: c.id, version: fresh.version, action: "start" }, at(day, "16:55"));
    await completeCase(h.clerkA.scope, { caseId: c.id, version: fresh.version + 1, outcome: "DONE" }, at(day, "17:20"));
    expect((await db.serviceCase.findUniqueOrThrow({ where: { id: c.id } })).extendedService).toBe(true);
    const counts = (await extendedServiceCounts(h.reviewer.scope, day.slice(0, 7))).find((u) => u.orgUnitId === h.unit.id)!;
    expect(counts).toMatchObject({ extended: 1, finishedAfterClosing: 1, notReady: 0 });
  });

  it("a sibling unit can neither decide on nor see the hall's cases' decisions (NotFound)", async () => {
    const h = await makeHall();
    const c = await acceptedCase(h);
    const siblingReviewer = await makeUser(h.tree.townB, "REVIEWER");
    await expect(decideExtendedService(h.sibling.scope, { caseId: c.id, decision: "NOT_READY", reason: "不具备条件" })).rejects.toBeInstanceOf(NotFound);
    await decideExtendedService(h.clerkA.scope, { caseId: c.id, decision: "NOT_READY", reason: "系统故障，无法出证" });
    expect((await listNotReadyReasons(siblingReviewer.scope)).map((r) => r.caseId)).not.toContain(c.id);
    expect((await getTodaysLunchDuty(h.sibling.scope)).roster).toBeNull();
  });
});
