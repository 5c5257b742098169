import { randomInt, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { addDays, todayInShanghai } from "@/lib/core/calendar-math";
import { workCalendar } from "@/lib/core/calendar";
import { FieldError, Forbidden, NotFound } from "@/lib/core/errors";
import { listAuditEvents } from "@/lib/audit/queries";
import { bulkLoadCalendar, deleteCalendarDay, upsertCalendarDay } from "@/lib/calendar/services";
import { listCalendarOverrides, nextYearReminder } from "@/lib/calendar/queries";
import { getDeskSummary } from "@/lib/desk/queries";
import { createPerson } from "@/lib/persons/services";
import { makeTree, makeUser, randomIdNumber } from "../support/factories";

const toDate = (d: string) => new Date(`${d}T00:00:00Z`);

/** A far-future year nobody else touches, so the shared WorkCalendar table cannot collide between tests or runs. */
const testYear = () => 2200 + randomInt(700);

/** The first Friday of June in `year`. */
function firstFridayOfJune(year: number): string {
  let d = `${year}-06-01`;
  while (new Date(toDate(d)).getUTCDay() !== 5) d = addDays(d, 1);
  return d;
}

describe("audit log query (X-04)", () => {
  it("is confined to the reader's subtree: a sibling town's reviewer sees nothing of the other town", async () => {
    const tree = await makeTree();
    const clerkA = await makeUser(tree.villageA, "CLERK");
    const reviewerA = await makeUser(tree.townA, "REVIEWER");
    const reviewerB = await makeUser(tree.townB, "REVIEWER");
    const districtAdmin = await makeUser(tree.district, "ADMIN");
    const personId = randomUUID();
    await recordAudit(actorOf(clerkA.scope), { action: "VIEW_FULL_PROFILE", entityType: "Person", entityId: personId, personId, orgPath: tree.villageA.path });
    await recordAudit(actorOf(clerkA.scope), { action: "REVEAL", entityType: "Person", entityId: personId, personId, orgPath: tree.villageA.path, reason: "测试原因" });

    const forB = await listAuditEvents(reviewerB.scope, { personId });
    expect(forB.rows).toHaveLength(0);
    const forA = await listAuditEvents(reviewerA.scope, { personId });
    expect(forA.rows.map((r) => r.action)).toEqual(["REVEAL", "VIEW_FULL_PROFILE"]); // newest first
    expect(forA.rows[0].reason).toBe("测试原因");
    const forDistrict = await listAuditEvents(districtAdmin.scope, { username: clerkA.scope.username, action: "REVEAL" });
    expect(forDistrict.rows).toHaveLength(1);
    // Unfiltered, B's whole view still holds nothing from town A.
    const allForB = await listAuditEvents(reviewerB.scope, {});
    expect(allForB.rows.some((r) => r.personId === personId)).toBe(false);
  });

  it("filters by Shanghai date range and refuses users without audit.read", async () => {
    const tree = await makeTree();
    const clerk = await makeUser(tree.townA, "CLERK");
    const reviewer = await makeUser(tree.townA, "REVIEWER");
    await recordAudit(actorOf(clerk.scope), { action: "EXPORT", orgPath: tree.townA.path });
    const today = todayInShanghai();
    const inRange = await listAuditEvents(reviewer.scope, { userId: clerk.user.id, from: today, to: today });
    expect(inRange.rows).toHaveLength(1);
    const tomorrow = addDays(today, 1);
    expect((await listAuditEvents(reviewer.scope, { userId: clerk.user.id, from: tomorrow })).rows).toHaveLength(0);
    await expect(listAuditEvents(clerk.scope, {})).rejects.toBeInstanceOf(Forbidden);
  });
});

describe("work calendar (X-40)", () => {
  it("a city admin upserts and deletes a day; both are audited as CONFIG_CHANGE", async () => {
    const tree = await makeTree();
    const cityAdmin = await makeUser(tree.city, "ADMIN");
    const date = `${testYear()}-05-04`;
    await upsertCalendarDay(cityAdmin.scope, { date, isWorkingDay: false, name: "测试假日" });
    await upsertCalendarDay(cityAdmin.scope, { date, isWorkingDay: false, name: "测试假日（改）" });
    const row = await db.workCalendarDay.findUniqueOrThrow({ where: { date: toDate(date) } });
    expect(row).toMatchObject({ isWorkingDay: false, name: "测试假日（改）", updatedById: cityAdmin.user.id });

    const events = await db.auditEvent.findMany({ where: { entityType: "WorkCalendarDay", entityId: date }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["CONFIG_CHANGE", "CONFIG_CHANGE"]);
    expect(events[0].userId).toBe(cityAdmin.user.id);
    expect(events[0].orgPath).toBe(tree.city.path);
    expect(events[1].diff).toMatchObject({ from: { name: "测试假日" }, to: { name: "测试假日（改）" } });

    await deleteCalendarDay(cityAdmin.scope, { date });
    expect(await db.workCalendarDay.findUnique({ where: { date: toDate(date) } })).toBeNull();
    expect(await db.auditEvent.count({ where: { entityType: "WorkCalendarDay", entityId: date, reason: "删除工作日历" } })).toBe(1);
    await expect(deleteCalendarDay(cityAdmin.scope, { date })).rejects.toBeInstanceOf(NotFound);
  });

  it("refuses everyone but the city admin, and writes nothing", async () => {
    const tree = await makeTree();
    const districtAdmin = await makeUser(tree.district, "ADMIN");
    const cityReviewer = await makeUser(tree.city, "REVIEWER");
    const cityAdmin = await makeUser(tree.city, "ADMIN");
    const date = `${testYear()}-05-05`;
    for (const { scope } of [districtAdmin, cityReviewer]) {
      await expect(upsertCalendarDay(scope, { date, isWorkingDay: false, name: "越权" })).rejects.toBeInstanceOf(Forbidden);
      await expect(bulkLoadCalendar(scope, { text: `${date},休,越权` })).rejects.toBeInstanceOf(Forbidden);
      await expect(listCalendarOverrides(scope, 2026)).rejects.toBeInstanceOf(Forbidden);
    }
    expect(await db.workCalendarDay.findUnique({ where: { date: toDate(date) } })).toBeNull();
    await upsertCalendarDay(cityAdmin.scope, { date, isWorkingDay: false, name: "合法" });
    await expect(deleteCalendarDay(districtAdmin.scope, { date })).rejects.toBeInstanceOf(Forbidden);
    expect(await db.workCalendarDay.findUnique({ where: { date: toDate(date) } })).not.toBeNull();
  });

  it("bulk load is all-or-nothing: one bad line writes nothing and the error names the line", async () => {
    const tree = await makeTree();
    const cityAdmin = await makeUser(tree.city, "ADMIN");
    const year = testYear();
    const auditBefore = await db.auditEvent.count({ where: { userId: cityAdmin.user.id } });
    const text = [`${year}-10-01,休,国庆节`, `${year}-10-02,放假,国庆节`, `${year}-02-30,休,不存在的日期`, `${year}-10-01,班,重复`, `${year}-13-01,休,月份越界`].join("\n");
    const err = await bulkLoadCalendar(cityAdmin.scope, { text }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FieldError);
    expect((err as FieldError).field).toBe("text");
    expect((err as FieldError).message).toContain("第2行");
    expect((err as FieldError).message).toContain("第3行");
    expect((err as FieldError).message).toContain("第4行");
    expect((err as FieldError).message).toContain("第5行");
    expect((err as FieldError).message).not.toContain("第1行：");
    expect(await db.workCalendarDay.count({ where: { date: { gte: toDate(`${year}-01-01`), lte: toDate(`${year}-12-31`) } } })).toBe(0);
    expect(await db.auditEvent.count({ where: { userId: cityAdmin.user.id } })).toBe(auditBefore);
  });

  it("a loaded holiday and make-up day drive addWorkingDays through workCalendar", async () => {
    const tree = await makeTree();
    const cityAdmin = await makeUser(tree.city, "ADMIN");
    const year = testYear();
    const friday = firstFridayOfJune(year);
    const saturday = addDays(friday, 1);
    const monday = addDays(friday, 3);
    const tuesday = addDays(friday, 4);
    expect(await workCalendar.addWorkingDays(friday, 1)).toBe(monday); // Mon–Fri rule before loading
    const result = await bulkLoadCalendar(cityAdmin.scope, {
      text: `# ${year} 测试安排\n${saturday}，班，测试调休上班\n\n${monday},休,测试假日\n`,
    });
    expect(result).toEqual({ loaded: 2, replaced: 0 });
    expect(await workCalendar.isWorkingDay(saturday)).toBe(true);
    expect(await workCalendar.isWorkingDay(monday)).toBe(false);
    expect(await workCalendar.addWorkingDays(friday, 1)).toBe(saturday);
    expect(await workCalendar.addWorkingDays(friday, 2)).toBe(tuesday);
    const listed = await listCalendarOverrides(cityAdmin.scope, year);
    expect(listed.map((r) => [r.date, r.isWorkingDay, r.name])).toEqual([
      [saturday, true, "测试调休上班"],
      [monday, false, "测试假日"],
    ]);
    const ev = await db.auditEvent.findFirstOrThrow({ where: { userId: cityAdmin.user.id, reason: "批量导入工作日历" } });
    expect(ev.action).toBe("CONFIG_CHANGE");
  });

  it("R-X-1: reminds from 1 December only while next year is empty", async () => {
    const tree = await makeTree();
    const cityAdmin = await makeUser(tree.city, "ADMIN");
    const year = testYear();
    expect(await nextYearReminder(`${year - 1}-11-30`)).toBeNull();
    expect(await nextYearReminder(`${year - 1}-12-01`)).toBe(year);
    await upsertCalendarDay(cityAdmin.scope, { date: `${year}-01-01`, isWorkingDay: false, name: "元旦" });
    expect(await nextYearReminder(`${year - 1}-12-01`)).toBeNull();
  });
});

describe("my desk (X-70)", () => {
  it("counts only what lies in the caller's subtree, per role", async () => {
    const tree = await makeTree();
    const clerkA = await makeUser(tree.townA, "CLERK");
    const clerkB = await makeUser(tree.townB, "CLERK");
    const reviewerA = await makeUser(tree.townA, "REVIEWER");
    const districtAdmin = await makeUser(tree.district, "ADMIN");
    for (let i = 0; i < 2; i++) {
      await createPerson(clerkA.scope, { idNumber: randomIdNumber(), name: "甲镇人员", mobile: "13912345678", orgUnitId: tree.villageA.id });
    }
    await createPerson(clerkB.scope, { idNumber: randomIdNumber(), name: "乙镇人员", mobile: "13912345678", orgUnitId: tree.villageB.id });

    const a = await getDeskSummary(clerkA.scope);
    expect(a).toMatchObject({ persons: 2, personsLast30Days: 2, admin: null, auditToday: null });
    expect(a.myActivity.filter((e) => e.action === "CREATE")).toHaveLength(2);

    const r = await getDeskSummary(reviewerA.scope);
    expect(r.persons).toBe(2);
    expect(r.auditToday).toBeGreaterThanOrEqual(2);
    expect(r.myActivity).toHaveLength(0);

    const d = await getDeskSummary(districtAdmin.scope);
    expect(d.persons).toBe(3);
    expect(d.admin).toMatchObject({ users: 4, lockedUsers: 0, mustChangePassword: 0, subUnits: { TOWN: 2, VILLAGE: 2 } });
    expect(d.admin?.subUnits.DISTRICT).toBeUndefined();
  });
});
