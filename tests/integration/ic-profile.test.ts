import { randomInt, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { Conflict, FieldError, InvalidTransition, NotFound } from "@/lib/core/errors";
import { computeIdCheckDigit } from "@/lib/core/validators/id-number";
import { createPerson } from "@/lib/persons/services";
import { assessStoredProfile, syncDocumentChecklist } from "@/lib/ic/assessment";
import { createPersonAndProfile, createProfile, saveProfileGroup, updateCategories } from "@/lib/ic/profile-services";
import { getProfileView, listProfiles } from "@/lib/ic/profile-queries";
import { makeTree, makeUser } from "../support/factories";

/** A valid ID number born in `year` (the employment group depends on age). */
function idBorn(year: number): string {
  const first17 = `370202${year}0315${String(randomInt(500) * 2 + 1).padStart(3, "0")}`;
  return first17 + computeIdCheckDigit(first17);
}

async function setup() {
  const tree = await makeTree();
  const villageClerk = await makeUser(tree.villageA, "CLERK");
  const districtClerk = await makeUser(tree.district, "CLERK");
  const siblingClerk = await makeUser(tree.townB, "CLERK");
  const p = await createPerson(villageClerk.scope, { idNumber: idBorn(1985), name: "王建军", mobile: "13912345678", orgUnitId: tree.villageA.id });
  if (!p.created) throw new Error("expected a new person");
  return { tree, villageClerk, districtClerk, siblingClerk, personId: p.id };
}

const soldier = { categories: ["DISCHARGED_SOLDIER" as const], primaryCategory: "DISCHARGED_SOLDIER" as const, collectionChannel: "WINDOW" as const };
const version = async (id: string) => (await db.subjectProfile.findUniqueOrThrow({ where: { id } })).version;

describe("IC profile: creation, scope, drafts, completeness", () => {
  it("a district clerk collects on behalf: owned by the person's village, handled by the district (ORG-22)", async () => {
    const { tree, districtClerk, villageClerk, personId } = await setup();
    const r = await createProfile(districtClerk.scope, { personId, ...soldier });
    expect(r.created).toBe(true);
    const row = await db.subjectProfile.findUniqueOrThrow({ where: { id: r.id }, include: { documents: true } });
    expect(row).toMatchObject({ orgUnitId: tree.villageA.id, orgPath: tree.villageA.path, handledByOrgUnitId: tree.district.id, status: "DRAFT", collectedById: districtClerk.user.id });
    expect(row.documents.map((d) => d.docType).sort()).toEqual(["DISCHARGE_CERT", "EDUCATION_CERT", "HUKOU_BOOKLET", "ID_CARD", "PHOTO"]);
    expect(await db.auditEvent.count({ where: { entityId: r.id, action: "CREATE" } })).toBe(1);
    // One file per person: the village clerk is sent to the existing one.
    expect(await createProfile(villageClerk.scope, { personId, ...soldier })).toEqual({ created: false, id: r.id });
  });

  it("the owning village's own clerk is not 'on behalf'", async () => {
    const { villageClerk, personId } = await setup();
    const r = await createProfile(villageClerk.scope, { personId, ...soldier });
    expect((await db.subjectProfile.findUniqueOrThrow({ where: { id: r.id } })).handledByOrgUnitId).toBeNull();
  });

  it("a sibling town's clerk gets not-found on read, save, create and does not see it in the list", async () => {
    const { villageClerk, siblingClerk, personId } = await setup();
    const { id } = await createProfile(villageClerk.scope, { personId, ...soldier });
    await expect(getProfileView(siblingClerk.scope, id)).rejects.toBeInstanceOf(NotFound);
    await expect(saveProfileGroup(siblingClerk.scope, { profileId: id, version: 0, group: "HARDSHIP", data: { minLiving: false } })).rejects.toBeInstanceOf(NotFound);
    await expect(createProfile(siblingClerk.scope, { personId, ...soldier })).rejects.toBeInstanceOf(NotFound);
    const list = await listProfiles(siblingClerk.scope, {});
    expect(list.rows.map((r) => r.id)).not.toContain(id);
    expect((await listProfiles(villageClerk.scope, { name: "王建" })).rows.map((r) => r.id)).toContain(id);
    expect(await db.profileGroup.count({ where: { profileId: id } })).toBe(0);
  });

  it("a stale version is a Conflict and changes nothing", async () => {
    const { villageClerk, personId } = await setup();
    const { id } = await createProfile(villageClerk.scope, { personId, ...soldier });
    const first = await saveProfileGroup(villageClerk.scope, { profileId: id, version: 0, group: "HARDSHIP", data: { minLiving: "false", extremePoverty: "false" } });
    expect(first.version).toBe(1);
    await expect(saveProfileGroup(villageClerk.scope, { profileId: id, version: 0, group: "HARDSHIP", data: { minLiving: "true" } })).rejects.toBeInstanceOf(Conflict);
    const g = await db.profileGroup.findUniqueOrThrow({ where: { profileId_group: { profileId: id, group: "HARDSHIP" } } });
    expect(g.data).toEqual({ minLiving: false, extremePoverty: false });
  });

  it("a submitted file is not edited in place (IC-09: change set)", async () => {
    const { villageClerk, personId } = await setup();
    const { id } = await createProfile(villageClerk.scope, { personId, ...soldier });
    await db.subjectProfile.update({ where: { id }, data: { status: "PENDING_INITIAL" } });
    const err = await saveProfileGroup(villageClerk.scope, { profileId: id, version: 0, group: "HARDSHIP", data: {} }).catch((e) => e);
    expect(err).toBeInstanceOf(InvalidTransition);
    expect(err.message).toContain("变更");
    await expect(updateCategories(villageClerk.scope, { profileId: id, version: 0, categories: ["THREE_REDS"], primaryCategory: "THREE_REDS" })).rejects.toBeInstanceOf(InvalidTransition);
  });

  it("bad data is a FieldError in Chinese on the field's path, and nothing is written", async () => {
    const { villageClerk, personId } = await setup();
    const { id } = await createProfile(villageClerk.scope, { personId, ...soldier });
    const err = await saveProfileGroup(villageClerk.scope, {
      profileId: id, version: 0, group: "SERVICE", data: { items: [{ enlistmentDate: "2999-01-01", branch: "ARMY" }] },
    }).catch((e) => e);
    expect(err).toBeInstanceOf(FieldError);
    expect(err.field).toBe("data.items.0.enlistmentDate");
    expect(err.message).toBe("日期不能晚于今天");
    const none = await saveProfileGroup(villageClerk.scope, { profileId: id, version: 0, group: "SERVICE", data: {}, markedNone: true }).catch((e) => e);
    expect(none).toBeInstanceOf(FieldError);
    expect(none.field).toBe("markedNone");
    expect(await version(id)).toBe(0);
    expect(await db.profileGroup.count({ where: { profileId: id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "UPDATE" } })).toBe(0);
  });

  it("the bank account is masked in the view, kept when posted blank, hashed in the audit diff", async () => {
    const { villageClerk, personId } = await setup();
    const { id } = await createProfile(villageClerk.scope, { personId, ...soldier });
    const bankInfo = { bankName: "青岛银行", accountNo: "6222020200001234", accountHolder: "王建军" };
    await saveProfileGroup(villageClerk.scope, { profileId: id, version: 0, group: "BASIC", data: { ethnicity: "01", bankInfo } });
    const view = await getProfileView(villageClerk.scope, id);
    expect(view.groups.BASIC?.bankAccountMasked).toBe("**** **** 1234");
    expect(JSON.stringify(view.groups)).not.toContain("6222020200001234");
    await saveProfileGroup(villageClerk.scope, { profileId: id, version: 1, group: "BASIC", data: { ethnicity: "02", bankInfo: { ...bankInfo, accountNo: "" } } });
    const g = await db.profileGroup.findUniqueOrThrow({ where: { profileId_group: { profileId: id, group: "BASIC" } } });
    expect(g.data).toMatchObject({ ethnicity: "02", bankInfo: { accountNo: "6222020200001234" } });
    const ev = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "UPDATE" }, orderBy: { id: "asc" } });
    const fields = (ev.diff as { fields: Record<string, { to: string }> }).fields;
    expect(fields["bankInfo.accountNo"].to).toMatch(/^sha256:/);
    expect(fields.ethnicity.to).toBe("01");
    expect(await db.auditEvent.count({ where: { entityId: id, action: "VIEW_FULL_PROFILE" } })).toBe(1);
  });

  it("merit certificates follow the awards; a row with evidence is never deleted", async () => {
    const { villageClerk, personId } = await setup();
    const { id } = await createProfile(villageClerk.scope, { personId, ...soldier });
    const items = [{ key: "m1", level: "SECOND_CLASS", awardDate: "2004-08-01" }, { key: "m2", level: "THIRD_CLASS" }];
    await saveProfileGroup(villageClerk.scope, { profileId: id, version: 0, group: "MERIT", data: { items } });
    const merit = () => db.sourceDocumentCheck.findMany({ where: { profileId: id, docType: "MERIT_CERT" }, orderBy: { itemKey: "asc" } });
    expect((await merit()).map((r) => r.itemKey)).toEqual(["m1", "m2"]);
    await db.sourceDocumentCheck.update({ where: { id: (await merit())[0].id }, data: { remark: "原件已核" } });
    await saveProfileGroup(villageClerk.scope, { profileId: id, version: 1, group: "MERIT", data: {}, markedNone: true });
    expect((await merit()).map((r) => r.itemKey)).toEqual(["m1"]);
    const view = await getProfileView(villageClerk.scope, id);
    expect(view.checklist.rows.find((r) => r.itemKey === "m1")?.required).toBe(false);
  });

  it("completeness rises with each save and reaches 100 for a complete discharged soldier", async () => {
    const { villageClerk, personId } = await setup();
    const { id } = await createProfile(villageClerk.scope, { personId, ...soldier });
    const groups = [
      { group: "BASIC", data: { ethnicity: "01", politicalStatus: "CPC_MEMBER", education: "HIGH_SCHOOL", emergencyContactName: "李梅", emergencyContactPhone: "0532-88886666" } },
      { group: "ORG_SOCIAL", data: { partyJoinDate: "2004-07-01", partyOrganisation: "甲一社区党支部", partyRelationTransferred: "true" } },
      { group: "SERVICE", data: { items: [{ enlistmentDate: "2003-12-01", dischargeDate: "2008-12-01", branch: "NAVY", soldierType: "NCO", dischargeCertType: "DISCHARGE", dischargeCertNo: "TY2008-0001" }] } },
      { group: "MERIT", data: {}, markedNone: true },
      { group: "PLACEMENT", data: { placementMode: "SELF_EMPLOYED_SOLDIER", placementYear: "2009", placementDistrictCode: "370202" } },
      { group: "EMPLOYMENT", data: { status: "EMPLOYED_UNIT", employerName: "青岛某公司", position: "安保主管", needs: ["TRAINING"] } },
      { group: "COMMENDATION", data: {}, markedNone: true },
      { group: "HARDSHIP", data: { minLiving: "false", extremePoverty: "false" } },
    ] as const;
    let last = (await db.subjectProfile.findUniqueOrThrow({ where: { id } })).completeness;
    let v = 0;
    for (const g of groups) {
      const r = await saveProfileGroup(villageClerk.scope, { profileId: id, version: v, markedNone: false, ...g });
      expect(r.completeness).toBeGreaterThan(last);
      last = r.completeness;
      v = r.version;
    }
    expect(last).toBe(50); // every field, no document yet
    const checks = await db.sourceDocumentCheck.findMany({ where: { profileId: id } });
    expect(checks).toHaveLength(5);
    for (const c of checks) {
      await db.sourceDocumentCheck.update({ where: { id: c.id }, data: { provided: "YES" } });
      await db.attachment.create({
        data: { fileKey: `t/${randomUUID()}`, fileName: "scan.pdf", mime: "application/pdf", size: 1000, sha256: "0".repeat(64), checkId: c.id, uploadedById: villageClerk.user.id, orgPath: villageClerk.scope.orgPath, docType: c.docType },
      });
    }
    const before = await db.$transaction((tx) => assessStoredProfile(tx, id));
    expect(before.completeness).toBe(100);
    expect(before.blockers).toEqual([]);
    await db.$transaction((tx) => syncDocumentChecklist(tx, id));
    expect((await db.subjectProfile.findUniqueOrThrow({ where: { id } })).completeness).toBe(100);
    const view = await getProfileView(villageClerk.scope, id);
    expect(view.assessment.completeness).toBe(100);
    expect(view.applicable).toContain("EMPLOYMENT");
  });

  it("changing categories re-derives the checklist (survivor → death certificate)", async () => {
    const { villageClerk, personId } = await setup();
    const { id } = await createProfile(villageClerk.scope, { personId, ...soldier });
    await updateCategories(villageClerk.scope, { profileId: id, version: 0, categories: ["MARTYR_SURVIVOR"], primaryCategory: "MARTYR_SURVIVOR" });
    const types = (await db.sourceDocumentCheck.findMany({ where: { profileId: id } })).map((d) => d.docType).sort();
    expect(types).toEqual(["DEATH_CERT_AND_KINSHIP", "EDUCATION_CERT", "HUKOU_BOOKLET", "ID_CARD", "PHOTO"]);
    await expect(saveProfileGroup(villageClerk.scope, { profileId: id, version: 1, group: "SERVICE", data: {} })).rejects.toThrow(/不适用/);
  });

  it("a new ID number creates the person and the file together; a duplicate elsewhere lands on person.idNumber", async () => {
    const { tree, districtClerk, siblingClerk } = await setup();
    const idNumber = idBorn(1950);
    const r = await createPersonAndProfile(districtClerk.scope, {
      person: { idNumber, name: "赵老兵", mobile: "13800001111", orgUnitId: tree.villageA.id },
      categories: ["RURAL_DEMOBILISED_VETERAN"], primaryCategory: "RURAL_DEMOBILISED_VETERAN", collectionChannel: "HOME_VISIT",
    });
    const p = await db.subjectProfile.findUniqueOrThrow({ where: { id: r.id }, include: { person: true } });
    expect(p.person.name).toBe("赵老兵");
    expect(p).toMatchObject({ orgPath: tree.villageA.path, handledByOrgUnitId: tree.district.id, collectionChannel: "HOME_VISIT" });
    const err = await createPersonAndProfile(siblingClerk.scope, {
      person: { idNumber, name: "赵老兵", mobile: "13800001111", orgUnitId: tree.villageB.id }, ...soldier,
    }).catch((e) => e);
    expect(err).toBeInstanceOf(FieldError);
    expect(err.field).toBe("person.idNumber");
    expect(err.message).toContain(tree.villageA.name);
  });
});
