import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { addWorkingDays } from "@/lib/core/calendar-math";
import { invalidateCalendarCache } from "@/lib/core/calendar";
import { NotFound } from "@/lib/core/errors";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { DAILY_JOB, HOURLY_JOB, runReminderJob } from "@/lib/reminders/scheduler/run-reminder-job";
import { caseDeadlineRule } from "@/lib/reminders/rules/r-hall-1-case-deadline";
import type { ReminderRule } from "@/lib/reminders/rules/types";
import { makeUser } from "../support/factories";
import { makeHall, type Hall } from "../support/hall-factories";

// and the §4.6 rules, run through the real scheduler against the embedded PostgreSQL.
// Every test works in a year of its own (far in the future, no WorkCalendar rows, Mon–Fri), so
// its daily and hourly slots are its own and no other test's data shifts its timing.

const wd = (date: string, n: number) => addWorkingDays(date, n, new Map());
/** An instant at Shanghai wall-clock time. */
const at = (date: string, hhmm = "07:00") => new Date(`${date}T${hhmm}:00+08:00`);
const dateCol = (date: string) => new Date(`${date}T00:00:00.000Z`);
const run = (date: string, hhmm = "07:00", instance = "test") => runReminderJob({ now: at(date, hhmm), instance });
const remindersOf = (entityId: string, ruleId?: string) =>
  db.reminder.findMany({ where: { entityId, ...(ruleId ? { ruleId } : {}) }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
/** R-HALL-1 only: an old accepted case also draws R-HALL-5's tracking reminder. */
const caseReminders = (caseId: string) => remindersOf(caseId, "R-HALL-1");

let seq = 0;
async function insertCase(h: Hall, o: { status?: CaseStatus; due?: string; acceptedOn?: string; primaryId?: string | null } = {}) {
  return db.serviceCase.create({
    data: {
      caseNo: `${h.unit.code}-${randomInt(1e9)}-${seq++}`.slice(0, 24), serviceItemId: h.item.id, itemCode: h.item.code, itemVersion: 1,
      itemName: h.item.name, promisedWorkingDays: 5, clientPersonId: h.client.id, channel: "WINDOW", windowId: h.window.id,
      firstHandlerId: h.clerkA.user.id, primaryResponsibleId: o.primaryId === undefined ? h.clerkA.user.id : o.primaryId,
      status: o.status ?? "IN_PROGRESS", acceptedAt: o.acceptedOn ? at(o.acceptedOn, "10:00") : null,
      promisedDueDate: o.due ? dateCol(o.due) : null, dueDate: o.due ? dateCol(o.due) : null,
      hallOrgUnitId: h.unit.id, hallOrgPath: h.unit.path, orgUnitId: h.client.orgUnitId, orgPath: h.client.orgPath,
    },
  });
}

describe("scheduler: exactly once per slot (X-41)", () => {
  it("two instances racing for the same slot: one SchedulerRun row per job, one set of reminders, the other skips", async () => {
    const h = await makeHall();
    const due = "2035-03-07"; // Wednesday: T-2 is Monday 03-05
    const c = await insertCase(h, { due, acceptedOn: "2035-02-26" });
    const [a, b] = await Promise.all([run("2035-03-05", "07:00", "instance-a"), run("2035-03-05", "07:00", "instance-b")]);
    for (const job of ["hourly", "daily"] as const) {
      expect([a[job].status, b[job].status].sort()).toEqual(["ran", "skipped"]);
    }
    expect(await db.schedulerRun.count({ where: { job: DAILY_JOB, slot: "2035-03-05" } })).toBe(1);
    expect(await db.schedulerRun.count({ where: { job: HOURLY_JOB, slot: "2035-03-05T07" } })).toBe(1);
    const row = await db.schedulerRun.findUniqueOrThrow({ where: { job_slot: { job: DAILY_JOB, slot: "2035-03-05" } } });
    expect(row.finishedAt).not.toBeNull();
    expect(row.result).toMatchObject({ ok: true, attempt: 1, rules: { "R-HALL-1": { written: expect.any(Number) } } });
    expect(["instance-a", "instance-b"]).toContain(row.instance);
    const mine = await caseReminders(c.id);
    expect(mine.map((r) => [r.level, r.assigneeUserId, r.ruleId])).toEqual([["WARN", h.clerkA.user.id, "R-HALL-1"]]);
    expect(mine[0]).toMatchObject({ href: `/hall/cases/${c.id}`, orgPath: h.unit.path });
    expect(mine[0].message).toContain(c.caseNo);
  });

  it("daily rules wait for 06:30; a later slot the same day runs only the hourly rules; reruns add no duplicates", async () => {
    const h = await makeHall();
    const c = await insertCase(h, { due: "2036-06-06", acceptedOn: "2036-05-26" }); // T-2 = Wed 06-04
    expect((await run("2036-06-04", "06:10")).daily.status).toBe("not-due");
    expect(await caseReminders(c.id)).toHaveLength(0);
    expect((await run("2036-06-04", "06:35")).daily.status).toBe("ran");
    expect(await caseReminders(c.id)).toHaveLength(1);
    const later = await run("2036-06-04", "09:05");
    expect(later.hourly.status).toBe("ran");
    expect(later.daily.status).toBe("skipped");
    // Even a lost claim (the slot row gone) re-evaluates without duplicating: fireKeys are unique.
    await db.schedulerRun.delete({ where: { job_slot: { job: DAILY_JOB, slot: "2036-06-04" } } });
    const again = await run("2036-06-04", "10:00");
    expect(again.daily.status).toBe("ran");
    expect(await caseReminders(c.id)).toHaveLength(1);
    // The next day is T-1: one more warning, the T-2 one is not repeated.
    await run("2036-06-05");
    expect((await caseReminders(c.id)).map((r) => r.fireKey.split(":")[3])).toEqual(["T-2", "T-1"]);
  });

  it("a failing rule is logged in the run, the slot is released and the next tick retries it", async () => {
    const h = await makeHall();
    const c = await insertCase(h, { due: "2037-09-11", acceptedOn: "2037-09-01" }); // T-2 = Wed 09-09
    const boom: ReminderRule = { id: "BOOM", cadence: "daily", evaluate: async () => { throw new Error("数据库暂时不可用"); } };
    const first = await runReminderJob({ now: at("2037-09-09"), instance: "x", rules: [boom, caseDeadlineRule] });
    expect(first.daily).toMatchObject({ status: "ran", result: { ok: false, errors: [{ rule: "BOOM", message: "数据库暂时不可用" }] } });
    // The rules that worked were delivered anyway.
    expect(await caseReminders(c.id)).toHaveLength(1);
    const retry = await runReminderJob({ now: at("2037-09-09", "07:05"), instance: "y", rules: [caseDeadlineRule] });
    expect(retry.daily).toMatchObject({ status: "ran", attempt: 2, result: { ok: true } });
    expect(await caseReminders(c.id)).toHaveLength(1);
    // A successful run is final for its slot.
    expect((await runReminderJob({ now: at("2037-09-09", "07:10"), instance: "z", rules: [caseDeadlineRule] })).daily.status).toBe("skipped");
  });
});

describe("R-HALL-1 case deadline (§7.9.1, HALL-33, X-42)", () => {
  it("warns at T-2 and T-1, then daily when overdue, and escalates at 3 and 10 working days overdue", async () => {
    const h = await makeHall();
    const cityReviewer = await makeUser(h.tree.city, "REVIEWER");
    const due = "2038-03-03"; // Wednesday
    const c = await insertCase(h, { due, acceptedOn: "2038-02-24" });
    const stage = async () => (await caseReminders(c.id)).map((r) => `${r.level}/${r.escalation}/${r.assigneeUserId === h.clerkA.user.id ? "A" : r.assigneeUserId}`);

    await run(wd(due, -3));
    expect(await stage()).toEqual([]);
    await run(wd(due, -2));
    expect(await stage()).toEqual(["WARN/0/A"]);
    await run(wd(due, -1));
    await run(due); // the due day: the T-1 warning stands, nothing new
    expect(await stage()).toEqual(["WARN/0/A", "WARN/0/A"]);
    await run(wd(due, 1));
    await run(wd(due, 2));
    expect((await stage()).slice(2)).toEqual(["OVERDUE/0/A", "OVERDUE/0/A"]);
    // A weekend day sends no daily overdue notice.
    const saturday = "2038-03-06";
    await run(saturday);
    expect(await stage()).toHaveLength(4);

    await run(wd(due, 3));
    const third = (await caseReminders(c.id)).slice(4);
    expect(third.filter((r) => r.escalation === 0).map((r) => r.assigneeUserId)).toEqual([h.clerkA.user.id]);
    expect(third.filter((r) => r.escalation === 1).map((r) => r.assigneeUserId).sort()).toEqual([h.reviewer.user.id, h.reviewer2.user.id].sort());
    expect(third.some((r) => r.escalation === 2)).toBe(false);

    await run(wd(due, 4));
    // Escalation is announced once per step; the assignee keeps getting the daily notice.
    expect((await caseReminders(c.id)).slice(4 + third.length).map((r) => r.escalation)).toEqual([0]);

    await run(wd(due, 10));
    const tenth = (await db.reminder.findMany({ where: { entityId: c.id, ruleId: "R-HALL-1", escalation: 2 } })).map((r) => r.assigneeUserId);
    expect(tenth).toContain(cityReviewer.user.id);
    expect(tenth).not.toContain(h.reviewer.user.id);
    const esc2 = await db.reminder.findFirstOrThrow({ where: { entityId: c.id, assigneeUserId: cityReviewer.user.id } });
    expect(esc2).toMatchObject({ level: "OVERDUE", ruleId: "R-HALL-1", orgPath: h.unit.path });
    expect(esc2.message).toContain("超期 10 个工作日");
  });

  it("follows the primary responsible person (ORG-43), falls back to the first handler, and ignores finished cases", async () => {
    const h = await makeHall();
    const due = "2039-05-04"; // Wednesday
    const byB = await insertCase(h, { due, acceptedOn: "2039-04-26", primaryId: h.clerkB.user.id });
    const noPrimary = await insertCase(h, { due, acceptedOn: "2039-04-26", primaryId: null });
    const done = await insertCase(h, { due, acceptedOn: "2039-04-26", status: "COMPLETED" });
    const waiting = await insertCase(h, { due, acceptedOn: "2039-04-26", status: "PENDING_MATERIALS" });
    await run(wd(due, -2));
    expect((await caseReminders(byB.id)).map((r) => r.assigneeUserId)).toEqual([h.clerkB.user.id]);
    expect((await caseReminders(noPrimary.id)).map((r) => r.assigneeUserId)).toEqual([h.clerkA.user.id]);
    expect(await caseReminders(done.id)).toHaveLength(0);
    expect(await caseReminders(waiting.id)).toHaveLength(0);
    // A disabled assignee gets nothing (and nothing is written in their name).
    await db.user.update({ where: { id: h.clerkB.user.id }, data: { active: false } });
    await run(wd(due, -1));
    expect(await caseReminders(byB.id)).toHaveLength(1);
  });
});

describe("the other rules of §4.6", () => {
  it("R-EVA-1: WARN on the step's due day, OVERDUE daily after; a unit without reviewers falls back to its parent's", async () => {
    const h = await makeHall();
    const due = "2040-03-07"; // Wednesday
    const make = (unit: { id: string; path: string; level: "DISTRICT" | "TOWN" }) => db.badReviewCase.create({
      data: { source: "COMPLAINT", orgUnitId: unit.id, unitLevel: unit.level, orgPath: unit.path, status: "VERIFYING", stepDueDate: dateCol(due) },
    });
    const atHall = await make({ id: h.unit.id, path: h.unit.path, level: "DISTRICT" });
    const atTown = await make({ id: h.tree.townA.id, path: h.tree.townA.path, level: "TOWN" });
    const closed = await db.badReviewCase.create({
      data: { source: "COMPLAINT", orgUnitId: h.unit.id, unitLevel: "DISTRICT", orgPath: h.unit.path, status: "CLOSED", stepDueDate: dateCol(due) },
    });
    await run(wd(due, -1));
    expect(await remindersOf(atHall.id)).toHaveLength(0);
    await run(due);
    const reviewers = [h.reviewer.user.id, h.reviewer2.user.id].sort();
    expect((await remindersOf(atHall.id)).map((r) => r.assigneeUserId).sort()).toEqual(reviewers);
    expect((await remindersOf(atHall.id)).every((r) => r.level === "WARN" && r.href === `/evaluation/bad-reviews/${atHall.id}`)).toBe(true);
    // townA has no reviewer: the district's reviewers look after it.
    expect((await remindersOf(atTown.id)).map((r) => r.assigneeUserId).sort()).toEqual(reviewers);
    await run(wd(due, 1));
    await run(wd(due, 2));
    expect((await remindersOf(atHall.id)).filter((r) => r.level === "OVERDUE")).toHaveLength(4);
    expect(await remindersOf(closed.id)).toHaveLength(0);
  });

  it("R-EVA-1: the closing step reminds the parent-level closer; after 3 working days overdue the unit's reviewers are told, never the evaluated staff", async () => {
    const h = await makeHall();
    const cityReviewer = await makeUser(h.tree.city, "REVIEWER");
    const due = "2040-05-09"; // Wednesday
    // A district case at 改进提升: the city closes it (errata B6). reviewer2 is the evaluated staff member.
    const loop = await db.badReviewCase.create({
      data: { source: "COMPLAINT", orgUnitId: h.unit.id, unitLevel: "DISTRICT", orgPath: h.unit.path, status: "IMPROVING", stepDueDate: dateCol(due), staffUserId: h.reviewer2.user.id },
    });
    await run(due);
    expect((await remindersOf(loop.id)).map((r) => r.assigneeUserId)).toContain(cityReviewer.user.id);
    expect((await remindersOf(loop.id)).map((r) => r.assigneeUserId)).not.toContain(h.reviewer.user.id);
    await run(wd(due, 3));
    const escalated = (await remindersOf(loop.id)).filter((r) => r.escalation === 1).map((r) => r.assigneeUserId);
    expect(escalated).toEqual([h.reviewer.user.id]);
    expect((await remindersOf(loop.id)).some((r) => r.assigneeUserId === h.reviewer2.user.id)).toBe(false);
  });

  it("R-HALL-4: a consultation not answered on the spot warns one working day before its reply date, then is overdue", async () => {
    const h = await makeHall();
    const due = "2041-03-06"; // Wednesday
    const c = await db.consultation.create({
      data: {
        channel: "WINDOW", topic: "PREFERENTIAL_PENSION", question: "优待证遗失后如何补办？需要哪些材料", answeredOnSpot: false,
        notAnsweredReason: "需向区局核实", followUpDueDate: dateCol(due), answeredById: h.clerkA.user.id, orgUnitId: h.unit.id, orgPath: h.unit.path,
      },
    });
    const answered = await db.consultation.create({
      data: {
        channel: "PHONE", topic: "OTHER", question: "已答复的咨询", answeredOnSpot: false, followUpDueDate: dateCol(due),
        followUpAnswer: "已电话答复", followUpAnsweredAt: new Date(), answeredById: h.clerkA.user.id, orgUnitId: h.unit.id, orgPath: h.unit.path,
      },
    });
    await run(wd(due, -2));
    expect(await remindersOf(c.id)).toHaveLength(0);
    await run(wd(due, -1));
    await run(wd(due, 1));
    expect((await remindersOf(c.id)).map((r) => [r.level, r.assigneeUserId])).toEqual([["WARN", h.clerkA.user.id], ["OVERDUE", h.clerkA.user.id]]);
    expect(await remindersOf(answered.id)).toHaveLength(0);
  });

  it("R-HALL-5: 5 working days without a tracking entry reminds the first handler once per 5-day stretch; an entry restarts the count", async () => {
    const h = await makeHall();
    const accepted = "2042-03-03"; // Monday
    const c = await insertCase(h, { due: "2042-06-30", acceptedOn: accepted });
    await run(wd(accepted, 4));
    expect(await remindersOf(c.id)).toHaveLength(0);
    await run(wd(accepted, 5));
    await run(wd(accepted, 6));
    const first = await remindersOf(c.id);
    expect(first.map((r) => [r.ruleId, r.level, r.assigneeUserId])).toEqual([["R-HALL-5", "INFO", h.clerkA.user.id]]);
    expect(first[0].message).toContain("5 个工作日未更新跟踪台账");
    await db.trackingEntry.create({ data: { caseId: c.id, method: "PHONE_FOLLOWUP", at: at(wd(accepted, 7), "09:00"), progress: "已电话联系服务对象", byUserId: h.clerkA.user.id, orgPath: h.unit.path } });
    await run(wd(accepted, 10)); // 10 since acceptance but only 3 since the entry
    expect(await remindersOf(c.id)).toHaveLength(1);
    await run(wd(accepted, 12)); // 5 since the entry
    expect(await remindersOf(c.id)).toHaveLength(2);
    await run(wd(accepted, 17)); // the second stretch of 5
    expect(await remindersOf(c.id)).toHaveLength(3);
  });

  it("R-HALL-6: a pending return visit warns at T-2, is overdue after, and reaches the hall's reviewers at 3 working days", async () => {
    const h = await makeHall();
    const c = await insertCase(h, { status: "COMPLETED", due: "2043-05-01", acceptedOn: "2043-04-20" });
    const due = "2043-06-10"; // Wednesday
    const v = await db.returnVisit.create({ data: { caseId: c.id, focusDomain: "HARDSHIP_AID", dueDate: dateCol(due), assigneeUserId: h.clerkA.user.id, orgPath: h.unit.path } });
    await run(wd(due, -3));
    await run(wd(due, -2));
    await run(wd(due, 1));
    await run(wd(due, 3));
    const rows = await remindersOf(v.id);
    expect(rows.filter((r) => r.escalation === 0).map((r) => r.level)).toEqual(["WARN", "OVERDUE", "OVERDUE"]);
    expect(rows.filter((r) => r.escalation === 1).map((r) => r.assigneeUserId).sort()).toEqual([h.reviewer.user.id, h.reviewer2.user.id].sort());
    expect(rows[0].href).toBe(`/hall/follow-up/visits/${v.id}`);
    await db.returnVisit.update({ where: { id: v.id }, data: { status: "DONE" } });
    await run(wd(due, 4));
    expect(await remindersOf(v.id)).toHaveLength(rows.length);
  });

  it("R-HALL-7: an unconfirmed non-working-day appointment reminds its staff member (or the reviewers) the working day before", async () => {
    const h = await makeHall();
    const saturday = "2044-02-06";
    const base = {
      method: "PHONE" as const, applicantPersonId: h.client.id, contactPhone: "13800138000", date: dateCol(saturday), startTime: "09:00", endTime: "09:30",
      orgUnitId: h.unit.id, orgPath: h.unit.path,
    };
    const assigned = await db.appointment.create({ data: { ...base, type: "NON_WORKING_DAY", serviceItemId: h.item.id, itemCode: h.item.code, assignedStaffId: h.clerkB.user.id } });
    const unassigned = await db.appointment.create({ data: { ...base, type: "REMOTE_VIDEO", topic: "咨询抚恤政策" } });
    const confirmed = await db.appointment.create({ data: { ...base, type: "NON_WORKING_DAY", status: "CONFIRMED", assignedStaffId: h.clerkB.user.id } });
    await run("2044-02-04", "10:00"); // Thursday
    expect(await remindersOf(assigned.id)).toHaveLength(0);
    await run("2044-02-05", "10:00"); // Friday, the working day before
    await run("2044-02-05", "11:00"); // the next hour adds nothing
    expect((await remindersOf(assigned.id)).map((r) => r.assigneeUserId)).toEqual([h.clerkB.user.id]);
    expect((await remindersOf(unassigned.id)).map((r) => r.assigneeUserId).sort()).toEqual([h.reviewer.user.id, h.reviewer2.user.id].sort());
    expect(await remindersOf(confirmed.id)).toHaveLength(0);
  });

  it("R-HALL-2: from 15:00 on the week's last working day, next week's unpublished lunch rosters remind reviewers and admins", async () => {
    const h = await makeHall();
    const admin = await makeUser(h.unit, "ADMIN");
    await db.orgUnit.update({ where: { id: h.unit.id }, data: { lunchDutyRequired: true } });
    const covered = await db.orgUnit.update({ where: { id: h.tree.townA.id }, data: { lunchDutyRequired: true } });
    const townReviewer = await makeUser(h.tree.townA, "REVIEWER");
    const nextWeek = ["2045-08-14", "2045-08-15", "2045-08-16", "2045-08-17", "2045-08-18"];
    for (const d of nextWeek) {
      await db.lunchDutyRoster.create({ data: { date: dateCol(d), dutyUserIds: [townReviewer.user.id], windowIds: [], publishedAt: new Date(), orgUnitId: covered.id, orgPath: covered.path } });
    }
    // The district publishes four days of five; one is still a draft.
    for (const d of nextWeek.slice(0, 4)) {
      await db.lunchDutyRoster.create({ data: { date: dateCol(d), dutyUserIds: [h.clerkA.user.id], windowIds: [h.window.id], publishedAt: new Date(), orgUnitId: h.unit.id, orgPath: h.unit.path } });
    }
    await db.lunchDutyRoster.create({ data: { date: dateCol(nextWeek[4]), dutyUserIds: [h.clerkA.user.id], windowIds: [h.window.id], orgUnitId: h.unit.id, orgPath: h.unit.path } });
    await run("2045-08-11", "14:00"); // Friday before 15:00
    expect(await remindersOf(h.unit.id)).toHaveLength(0);
    await run("2045-08-11", "15:10");
    const rows = await remindersOf(h.unit.id);
    expect(rows.map((r) => r.assigneeUserId).sort()).toEqual([h.reviewer.user.id, h.reviewer2.user.id, admin.user.id].sort());
    expect(rows[0].message).toContain("08-18");
    expect(rows[0].message).not.toContain("08-17");
    expect(await remindersOf(covered.id)).toHaveLength(0);
    await run("2045-08-12", "09:00"); // Saturday: still due, nothing new
    expect(await remindersOf(h.unit.id)).toHaveLength(3);
  });

  it("R-X-1: from 1 December the city admins are reminded while next year's calendar is not loaded", async () => {
    const t = await makeHall();
    const cityAdmin = await makeUser(t.tree.city, "ADMIN");
    await run("2046-11-30");
    expect(await db.reminder.count({ where: { ruleId: "R-X-1", assigneeUserId: cityAdmin.user.id } })).toBe(0);
    await run("2046-12-01");
    await run("2046-12-02");
    const rows = await db.reminder.findMany({ where: { ruleId: "R-X-1", assigneeUserId: cityAdmin.user.id } });
    expect(rows.map((r) => r.entityId)).toEqual(["2047"]);
    expect(rows[0]).toMatchObject({ href: "/calendar", level: "WARN" });
    // A district admin is not the calendar's keeper.
    const districtAdmin = await makeUser(t.unit, "ADMIN");
    await db.workCalendarDay.create({ data: { date: dateCol("2048-01-01"), isWorkingDay: false, name: "元旦" } });
    try {
      invalidateCalendarCache();
      await run("2047-12-01");
      expect(await db.reminder.count({ where: { ruleId: "R-X-1", entityId: "2048" } })).toBe(0);
      expect(await db.reminder.count({ where: { ruleId: "R-X-1", assigneeUserId: districtAdmin.user.id } })).toBe(0);
    } finally {
      await db.workCalendarDay.delete({ where: { date: dateCol("2048-01-01") } });
      invalidateCalendarCache();
    }
  });
});

describe("inbox (X-41): only my reminders", () => {
  it("lists mine unread first then newest, filters by level, marks one and all read; another user's reminder is not found", async () => {
    const { listMyReminders, unreadReminderCount, getMyReminders } = await import("@/lib/reminders/queries");
    const { markAllRemindersRead, markReminderRead } = await import("@/lib/reminders/services");
    const h = await makeHall();
    const mk = (userId: string, level: "INFO" | "WARN" | "OVERDUE", minutesAgo: number, read = false) => db.reminder.create({
      data: {
        ruleId: "R-HALL-1", entityType: "ServiceCase", entityId: `e${randomInt(1e9)}`, assigneeUserId: userId, level, message: `${level}-${minutesAgo}`,
        fireKey: `test:${randomInt(1e12)}`, orgPath: h.unit.path, createdAt: new Date(Date.now() - minutesAgo * 60_000), readAt: read ? new Date() : null,
      },
    });
    const old = await mk(h.clerkA.user.id, "OVERDUE", 30);
    await mk(h.clerkA.user.id, "WARN", 10, true);
    const newest = await mk(h.clerkA.user.id, "INFO", 5);
    const theirs = await mk(h.clerkB.user.id, "WARN", 1);
    const list = await listMyReminders(h.clerkA.scope, {});
    expect(list.rows.map((r) => r.message)).toEqual(["INFO-5", "OVERDUE-30", "WARN-10"]);
    expect(list.unread).toBe(2);
    expect(await unreadReminderCount(h.clerkA.scope)).toBe(2);
    expect((await getMyReminders(h.clerkA.scope, 1)).map((r) => r.id)).toEqual([newest.id]);
    expect((await listMyReminders(h.clerkA.scope, { level: "OVERDUE" })).rows.map((r) => r.id)).toEqual([old.id]);
    // Paging across the unread/read boundary keeps the order.
    const p1 = await listMyReminders(h.clerkA.scope, {}, 2);
    const p2 = await listMyReminders(h.clerkA.scope, { page: 2 }, 2);
    expect([...p1.rows, ...p2.rows].map((r) => r.message)).toEqual(["INFO-5", "OVERDUE-30", "WARN-10"]);
    expect([p1.hasNext, p2.hasNext]).toEqual([true, false]);

    await expect(markReminderRead(h.clerkA.scope, { id: theirs.id })).rejects.toBeInstanceOf(NotFound);
    await expect(markReminderRead(h.sibling.scope, { id: old.id })).rejects.toBeInstanceOf(NotFound);
    expect((await db.reminder.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
    const r = await markReminderRead(h.clerkA.scope, { id: old.id });
    expect(r.href).toBeNull();
    const readAt = (await db.reminder.findUniqueOrThrow({ where: { id: old.id } })).readAt;
    expect(readAt).not.toBeNull();
    await markReminderRead(h.clerkA.scope, { id: old.id }); // a second click changes nothing
    expect((await db.reminder.findUniqueOrThrow({ where: { id: old.id } })).readAt).toEqual(readAt);
    expect(await markAllRemindersRead(h.clerkA.scope, {})).toEqual({ count: 1 });
    expect(await unreadReminderCount(h.clerkA.scope)).toBe(0);
    expect(await unreadReminderCount(h.clerkB.scope)).toBe(1);
    // A sibling street's clerk sees none of it.
    expect((await listMyReminders(h.sibling.scope, {})).rows).toEqual([]);
  });
});

describe("R-EVA-2 (EVA-06)", () => {
  it("reminds a district's reviewers from the 5th working day after quarter end until that quarter's analysis exists", async () => {
    const { quarterlyAnalysisRule } = await import("@/lib/reminders/rules/r-eva-2-quarterly-analysis");
    const h = await makeHall();
    const ctx = (today: string) => ({ db, now: new Date(`${today}T02:00:00Z`), today, time: "10:00", overrides: new Map<string, boolean>() });
    const mine = (rows: { entityId: string; assigneeUserId: string }[]) => rows.filter((r) => r.entityId === `${h.unit.id}:2047-Q4`).map((r) => r.assigneeUserId).sort();
    expect(mine(await quarterlyAnalysisRule.evaluate(ctx("2048-01-06")))).toEqual([]);
    expect(mine(await quarterlyAnalysisRule.evaluate(ctx("2048-01-07")))).toEqual([h.reviewer.user.id, h.reviewer2.user.id].sort());
    await db.evaluationAnalysis.create({
      data: { period: "QUARTER", periodKey: "2047-Q4", scopeOrgUnitId: h.unit.id, orgPath: h.unit.path, generatedStats: {}, hotIssues: [], generatedAt: new Date() },
    });
    expect(mine(await quarterlyAnalysisRule.evaluate(ctx("2048-01-08")))).toEqual([]);
  });
});

describe("R-HALL-3 (§7.1.1 日清服务)", () => {
  it("in the hour before closing, reminds each handler of today's undecided due cases, once a day", async () => {
    const { sameDayClearanceRule } = await import("@/lib/reminders/rules/r-hall-3-same-day-clearance");
    const h = await makeHall();
    const day = "2049-06-01"; // a Tuesday
    const base = {
      caseNo: "", serviceItemId: h.item.id, itemCode: h.item.code, itemVersion: 1, itemName: h.item.name, promisedWorkingDays: 5,
      clientPersonId: h.client.id, channel: "WINDOW" as const, firstHandlerId: h.clerkA.user.id, status: "IN_PROGRESS" as const,
      dueDate: new Date(`${day}T00:00:00Z`), hallOrgUnitId: h.unit.id, hallOrgPath: h.unit.path, orgUnitId: h.client.orgUnitId, orgPath: h.client.orgPath,
    };
    await db.serviceCase.create({ data: { ...base, caseNo: `T3-${Date.now()}-1` } });
    const decided = await db.serviceCase.create({ data: { ...base, caseNo: `T3-${Date.now()}-2` } });
    await db.extendedService.create({ data: { caseId: decided.id, date: new Date(`${day}T00:00:00Z`), closingTime: "17:00", decision: "NOT_READY", reason: "材料待核实", staffIds: [], decidedById: h.clerkA.user.id, orgPath: h.unit.path } });
    const ctx = (time: string) => ({ db, now: new Date(`${day}T08:00:00Z`), today: day, time, overrides: new Map<string, boolean>() });
    const mine = (rows: { assigneeUserId: string; message: string }[]) => rows.filter((r) => r.assigneeUserId === h.clerkA.user.id);
    expect(mine(await sameDayClearanceRule.evaluate(ctx("15:30")))).toEqual([]);
    const at16 = mine(await sameDayClearanceRule.evaluate(ctx("16:05")));
    expect(at16).toHaveLength(1);
    expect(at16[0].message).toContain("1 件");
    expect(mine(await sameDayClearanceRule.evaluate(ctx("17:05")))).toEqual([]);
  });
});
