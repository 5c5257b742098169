import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { Conflict, FieldError, InvalidTransition, NotFound } from "@/lib/core/errors";
import type { Scope } from "@/lib/core/scope";
import { addMonthsClamped, addDays, todayInShanghai } from "@/lib/core/calendar-math";
import type { ProfileStatus } from "@/lib/generated/prisma/enums";
import { createPerson } from "@/lib/persons/services";
import { savePaperFile } from "@/lib/ic/four-ones/paper-file";
import { issueProfileCard } from "@/lib/ic/four-ones/card";
import { addPlanReview, closeServicePlan, saveServicePlan } from "@/lib/ic/four-ones/plan";
import { getFourOnes } from "@/lib/ic/four-ones/queries";
import { fourOnesCoverage } from "@/lib/ic/four-ones/coverage";
import { printContactCard } from "@/lib/ic/print/card-print";
import { makeTree, makeUser, randomIdNumber } from "../support/factories";

type Tree = Awaited<ReturnType<typeof makeTree>>;
type Unit = Tree["villageA"];

async function makeProfile(unit: Unit, clerk: Scope, status: ProfileStatus = "DRAFT", name = "刘海军") {
  const person = await createPerson(clerk, { idNumber: randomIdNumber(), name, mobile: "13800138000", orgUnitId: unit.id });
  if (!person.created) throw new Error("expected a new person");
  return db.subjectProfile.create({
    data: {
      personId: person.id, categories: ["DISCHARGED_SOLDIER"], primaryCategory: "DISCHARGED_SOLDIER", collectedById: clerk.userId,
      collectionChannel: "WINDOW", orgUnitId: unit.id, orgPath: unit.path, status,
    },
  });
}

async function setup(status: ProfileStatus = "DRAFT") {
  const tree = await makeTree();
  const clerk = await makeUser(tree.villageA, "CLERK");
  const townClerk = await makeUser(tree.townA, "CLERK");
  const sibling = await makeUser(tree.townB, "CLERK");
  const districtReviewer = await makeUser(tree.district, "REVIEWER");
  const profile = await makeProfile(tree.villageA, clerk.scope, status);
  return { tree, clerk: clerk.scope, townClerk: townClerk.scope, sibling: sibling.scope, districtReviewer: districtReviewer.scope, profile };
}

const paper = (profileId: string, custodianOrgUnitId: string, extra: object = {}) => ({
  profileId, custodianOrgUnitId, room: "一楼档案室", cabinetNo: "3", boxNo: "12", itemNo: "45", lastCheckedOn: todayInShanghai(), ...extra,
});

describe("paper-file location (IC-07, errata A2)", () => {
  it("is recorded from DRAFT on, by the owning unit or the town above it, and audited", async () => {
    const { tree, clerk, profile } = await setup();
    await savePaperFile(clerk, paper(profile.id, tree.townA.id));
    const row = await db.subjectProfile.findUniqueOrThrow({ where: { id: profile.id } });
    expect(row.paperFile).toMatchObject({ custodianOrgUnitId: tree.townA.id, room: "一楼档案室", itemNo: "45" });
    expect(await db.auditEvent.count({ where: { entityType: "SubjectProfile", entityId: profile.id, action: "UPDATE" } })).toBe(1);
  });

  it("refuses a missing item number, a future check date, a custodian outside the line and an INACTIVE profile", async () => {
    const { tree, clerk, profile } = await setup();
    await expect(savePaperFile(clerk, paper(profile.id, tree.villageA.id, { itemNo: " " }))).rejects.toMatchObject({ field: "itemNo", message: "请填写件号" });
    const future = addDays(todayInShanghai(), 1);
    await expect(savePaperFile(clerk, paper(profile.id, tree.villageA.id, { lastCheckedOn: future }))).rejects.toMatchObject({ field: "lastCheckedOn" });
    await expect(savePaperFile(clerk, paper(profile.id, tree.townB.id))).rejects.toMatchObject({ field: "custodianOrgUnitId" });
    await expect(savePaperFile(clerk, paper(profile.id, tree.villageA.id, { lastCheckedOn: "2026-02-30" }))).rejects.toBeInstanceOf(FieldError);
    await db.subjectProfile.update({ where: { id: profile.id }, data: { status: "INACTIVE" } });
    await expect(savePaperFile(clerk, paper(profile.id, tree.villageA.id))).rejects.toBeInstanceOf(InvalidTransition);
    expect((await db.subjectProfile.findUniqueOrThrow({ where: { id: profile.id } })).paperFile).toBeNull();
  });
});

describe("contact-service card (一卡, X-50 b)", () => {
  it("issues one PROFILE card numbered {unitCode}-{seq}, prints it with an audited number, refuses a second", async () => {
    const { tree, clerk, townClerk, profile } = await setup();
    await db.user.update({ where: { id: townClerk.userId }, data: { displayName: "赵喆" } });
    const card = await issueProfileCard(clerk, { profileId: profile.id, staffId: townClerk.userId, officePhone: "(0532) 8888 6666", windowNo: "3号窗口" });
    expect(card).toMatchObject({ cardNo: `${tree.villageA.code}-000001`, purpose: "PROFILE", officePhone: "0532-88886666", orgPath: profile.orgPath });
    await expect(issueProfileCard(clerk, { profileId: profile.id, staffId: clerk.userId, officePhone: "0532-88886666" })).rejects.toBeInstanceOf(Conflict);

    const printed = await printContactCard(clerk, card.id, "http://localhost:3000");
    expect(Buffer.from(printed.bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(printed.docNo).toMatch(new RegExp(`^CARD-${tree.villageA.code}-\\d{4}-000001$`));
    expect((await db.contactServiceCard.findUniqueOrThrow({ where: { id: card.id } })).printedCount).toBe(1);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "PRINT", entityId: printed.docNo } });
    expect(event.diff).toMatchObject({ docType: "CARD", docNo: printed.docNo, source: { type: "ContactServiceCard", id: card.id } });
  });

  it("the contact must be staff of the owning station or the town above; a bad phone is refused", async () => {
    const { clerk, sibling, districtReviewer, profile } = await setup();
    await expect(issueProfileCard(clerk, { profileId: profile.id, staffId: sibling.userId, officePhone: "0532-88886666" })).rejects.toMatchObject({ field: "staffId" });
    await expect(issueProfileCard(clerk, { profileId: profile.id, staffId: districtReviewer.userId, officePhone: "0532-88886666" })).rejects.toMatchObject({ field: "staffId" });
    await expect(issueProfileCard(clerk, { profileId: profile.id, staffId: clerk.userId, officePhone: "12345" })).rejects.toMatchObject({ field: "officePhone" });
    expect(await db.contactServiceCard.count({ where: { personId: profile.personId } })).toBe(0);
  });
});

describe("service plan (一策)", () => {
  const start = "2026-01-31";

  it("nextReviewDate must fall within 12 months after the start", async () => {
    const { clerk, profile } = await setup();
    const base = { profileId: profile.id, needs: ["EMPLOYMENT" as const], measures: "推荐参加适应性培训", responsibleStaffId: clerk.userId, startDate: start };
    const late = await saveServicePlan(clerk, { ...base, nextReviewDate: addDays(addMonthsClamped(start, 12), 1) }).catch((e) => e);
    expect(late).toBeInstanceOf(FieldError);
    expect(late).toMatchObject({ field: "nextReviewDate", message: "下次回访日期不得晚于开始（回访）日期后12个月" });
    await expect(saveServicePlan(clerk, { ...base, nextReviewDate: start })).rejects.toMatchObject({ field: "nextReviewDate" });
    await expect(saveServicePlan(clerk, { ...base, needs: ["NONE", "LEGAL"], nextReviewDate: "2026-06-30" })).rejects.toMatchObject({ field: "needs" });
    const plan = await saveServicePlan(clerk, { ...base, nextReviewDate: addMonthsClamped(start, 12) });
    expect(plan.nextReviewDate.toISOString().slice(0, 10)).toBe("2027-01-31");
  });

  it("one ACTIVE plan per profile; edits are version-checked; reviews and closing are recorded", async () => {
    const { clerk, districtReviewer, profile } = await setup();
    const base = { profileId: profile.id, needs: ["EMPLOYMENT" as const, "TRAINING" as const], measures: "就业推荐", responsibleStaffId: clerk.userId, startDate: start, nextReviewDate: "2026-07-31" };
    const plan = await saveServicePlan(clerk, base);
    await expect(saveServicePlan(clerk, base)).rejects.toBeInstanceOf(Conflict);
    await expect(saveServicePlan(clerk, { ...base, responsibleStaffId: districtReviewer.userId, planId: plan.id, version: 0 })).rejects.toMatchObject({ field: "responsibleStaffId" });
    await saveServicePlan(clerk, { ...base, measures: "就业推荐并跟踪", planId: plan.id, version: 0 });
    await expect(saveServicePlan(clerk, { ...base, planId: plan.id, version: 0 })).rejects.toBeInstanceOf(Conflict);
    await addPlanReview(clerk, { profileId: profile.id, planId: plan.id, version: 1, date: "2026-03-01", progress: "已参加培训", nextReviewDate: "2026-09-01" });
    await closeServicePlan(clerk, { profileId: profile.id, planId: plan.id, version: 2, outcome: "ACHIEVED", note: "已稳定就业" });
    const row = await db.servicePlan.findUniqueOrThrow({ where: { id: plan.id } });
    expect(row).toMatchObject({ status: "ACHIEVED", measures: "就业推荐并跟踪", version: 3 });
    expect(row.reviews).toMatchObject([{ date: "2026-03-01", progress: "已参加培训", byId: clerk.userId }, { progress: "已稳定就业", kind: "CLOSE" }]);
    const view = await getFourOnes(clerk, profile.id);
    expect(view.activePlanId).toBeNull();
  });
});

describe("scope", () => {
  it("a sibling town's clerk gets NotFound for every four-ones read and write", async () => {
    const { tree, clerk, sibling, profile } = await setup();
    const card = await issueProfileCard(clerk, { profileId: profile.id, staffId: clerk.userId, officePhone: "0532-88886666" });
    const attempts = [
      () => getFourOnes(sibling, profile.id),
      () => savePaperFile(sibling, paper(profile.id, tree.villageA.id)),
      () => issueProfileCard(sibling, { profileId: profile.id, staffId: sibling.userId, officePhone: "0532-88886666" }),
      () => saveServicePlan(sibling, { profileId: profile.id, needs: ["LEGAL"], measures: "法律援助", responsibleStaffId: sibling.userId, startDate: todayInShanghai(), nextReviewDate: addMonthsClamped(todayInShanghai(), 3) }),
      () => printContactCard(sibling, card.id, "http://localhost"),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(NotFound);
    expect((await db.contactServiceCard.findUniqueOrThrow({ where: { id: card.id } })).printedCount).toBe(0);
  });
});

describe("four-ones coverage (IC-08 KPI)", () => {
  it("counts ACTIVE profiles with each of the four ones in a few aggregate queries", async () => {
    const { tree, clerk, townClerk, districtReviewer } = await setup("CITY_APPROVED");
    const full = await makeProfile(tree.villageA, clerk, "EXPORTED");
    const partial = await makeProfile(tree.villageB, (await makeUser(tree.villageB, "CLERK")).scope, "CITY_APPROVED");
    const draft = await makeProfile(tree.villageA, clerk, "DRAFT");
    for (const p of [full, partial, draft]) await db.subjectProfile.update({ where: { id: p.id }, data: { paperFile: paper(p.id, tree.townA.id) } });
    for (const p of [full, partial, draft]) {
      await db.contactServiceCard.create({ data: { cardNo: `T-${p.id}`.slice(0, 30), purpose: "RETURN_HOME", personId: p.personId, staffId: townClerk.userId, officePhone: "0532-88886666", orgUnitId: p.orgUnitId, orgPath: p.orgPath } });
    }
    for (const p of [full, draft]) {
      await db.servicePlan.create({ data: { profileId: p.id, needs: ["NONE"], measures: "暂无", responsibleStaffId: clerk.userId, startDate: new Date("2026-01-01"), nextReviewDate: new Date("2026-06-01"), orgPath: p.orgPath, createdById: clerk.userId } });
    }
    // A closed plan does not count.
    await db.servicePlan.create({ data: { profileId: partial.id, needs: ["NONE"], measures: "暂无", responsibleStaffId: clerk.userId, startDate: new Date("2026-01-01"), nextReviewDate: new Date("2026-06-01"), status: "CLOSED", orgPath: partial.orgPath, createdById: clerk.userId } });

    expect(await fourOnesCoverage(districtReviewer)).toEqual({ active: 3, withPaper: 2, withCard: 2, withPlan: 1, allFour: 1 });
    expect(await fourOnesCoverage(districtReviewer, { unitPath: tree.townB.path })).toEqual({ active: 1, withPaper: 1, withCard: 1, withPlan: 0, allFour: 0 });
    expect(await fourOnesCoverage(clerk)).toEqual({ active: 2, withPaper: 1, withCard: 1, withPlan: 1, allFour: 1 });
    await expect(fourOnesCoverage(clerk, { unitPath: tree.townB.path })).rejects.toBeInstanceOf(NotFound);
  });
});
