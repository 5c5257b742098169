import { describe, expect, it } from "vitest";
import type { SubjectCategory } from "@/lib/generated/prisma/enums";
import {
  applicableGroups, assessProfile, crossFieldChecks, isDocumentProvided, requiredDocuments,
  type AssessInput, type DocumentRow, type GroupRows,
} from "@/lib/ic/requirements";
import { retirementAgeMonths, isWorkingAge } from "@/lib/ic/groups/employment";
import { serviceSchema } from "@/lib/ic/groups/service";
import { basicSchema } from "@/lib/ic/groups/basic";
import { SaveProfileGroupInput } from "@/lib/ic/profile-schemas";

const TODAY = "2026-06-01";
const young = { birthDate: "1985-03-10", gender: "MALE" as const, isDeceased: false, hasPhone: true };
const old = { ...young, birthDate: "1940-01-01" };

const FULL_SOLDIER: GroupRows = {
  BASIC: { data: { ethnicity: "01", politicalStatus: "MASSES", education: "HIGH_SCHOOL" }, markedNone: false },
  ORG_SOCIAL: { data: {}, markedNone: true },
  SERVICE: {
    data: { items: [{ key: "s1", enlistmentDate: "2003-12-01", dischargeDate: "2005-12-01", branch: "ARMY", soldierType: "CONSCRIPT", dischargeCertType: "DISCHARGE", dischargeCertNo: "TY2005001" }] },
    markedNone: false,
  },
  MERIT: { data: {}, markedNone: true },
  PLACEMENT: { data: { placementMode: "SELF_EMPLOYED_SOLDIER", placementYear: 2006, placementDistrictCode: "370202" }, markedNone: false },
  EMPLOYMENT: { data: { status: "FLEXIBLE" }, markedNone: false },
  COMMENDATION: { data: {}, markedNone: true },
  HARDSHIP: { data: { minLiving: false, extremePoverty: false }, markedNone: false },
};

const yes = (docType: DocumentRow["docType"], itemKey = ""): DocumentRow => ({ docType, itemKey, provided: "YES", naReason: null, attachmentCount: 1 });
const SOLDIER_DOCS = (["ID_CARD", "HUKOU_BOOKLET", "DISCHARGE_CERT", "PHOTO", "EDUCATION_CERT"] as const).map((d) => yes(d));

function input(over: Partial<AssessInput> = {}): AssessInput {
  return { person: young, categories: ["DISCHARGED_SOLDIER"], primaryCategory: "DISCHARGED_SOLDIER", groups: FULL_SOLDIER, documents: SOLDIER_DOCS, today: TODAY, ...over };
}

describe("IC-04 applicable groups", () => {
  it("a working-age discharged soldier gets the veteran groups incl. employment", () => {
    expect(applicableGroups(["DISCHARGED_SOLDIER"], young, TODAY)).toEqual([
      "BASIC", "ORG_SOCIAL", "SERVICE", "MERIT", "PLACEMENT", "EMPLOYMENT", "EDUCATION", "COMMENDATION", "HARDSHIP",
    ]);
  });
  it("employment is hidden past retirement age and for the deceased (errata A3, EMP-03)", () => {
    expect(applicableGroups(["DISCHARGED_SOLDIER"], old, TODAY)).not.toContain("EMPLOYMENT");
    expect(applicableGroups(["DISCHARGED_SOLDIER"], { ...young, isDeceased: true }, TODAY)).not.toContain("EMPLOYMENT");
  });
  it.each<[SubjectCategory, string[]]>([
    ["MARTYR_SURVIVOR", ["BASIC", "ORG_SOCIAL", "SURVIVOR", "COMMENDATION", "HARDSHIP"]],
    ["ACTIVE_SERVICEMAN_RELATIVE", ["BASIC", "ORG_SOCIAL", "ACTIVE_SERVICEMAN", "COMMENDATION", "HARDSHIP"]],
    ["DISABLED_MILITIA_LABOURER", ["BASIC", "ORG_SOCIAL", "DISABILITY", "COMMENDATION", "HARDSHIP"]],
    ["ARMY_CIVILIAN_RETIREE", ["BASIC", "ORG_SOCIAL", "COMMENDATION", "HARDSHIP"]],
    ["OTHER", ["BASIC", "ORG_SOCIAL", "COMMENDATION", "HARDSHIP"]],
  ])("%s → its groups only", (category, groups) => {
    expect(applicableGroups([category], old, TODAY)).toEqual(groups);
  });
  it("a disabled veteran gets both service and disability groups", () => {
    const g = applicableGroups(["DISABLED_VETERAN"], old, TODAY);
    expect(g).toContain("SERVICE");
    expect(g).toContain("DISABILITY");
  });
  it("retirement age follows the 2025 reform (one month per four months of birth)", () => {
    expect(retirementAgeMonths("MALE", "1964-12-31")).toBe(720);
    expect(retirementAgeMonths("MALE", "1965-01-01")).toBe(721);
    expect(retirementAgeMonths("MALE", "1965-05-01")).toBe(722);
    expect(retirementAgeMonths("MALE", "1990-01-01")).toBe(756);
    expect(retirementAgeMonths("FEMALE", "1970-01-15")).toBe(661);
    expect(isWorkingAge({ birthDate: "2010-06-02", gender: "MALE" }, TODAY)).toBe(false);
    expect(isWorkingAge({ birthDate: "2010-06-01", gender: "MALE" }, TODAY)).toBe(true);
  });
});

describe("IC-03 checklist", () => {
  const types = (cats: SubjectCategory[], groups: GroupRows = {}) => requiredDocuments(cats, groups, young).map((d) => d.docType + (d.itemKey ? `:${d.itemKey}` : ""));

  it("always ID card, hukou booklet, photo; discharge certificate for veterans; education unless NONE", () => {
    expect(types(["DISCHARGED_SOLDIER"])).toEqual(["ID_CARD", "HUKOU_BOOKLET", "DISCHARGE_CERT", "PHOTO", "EDUCATION_CERT"]);
    expect(types(["OTHER"], { BASIC: { data: { education: "NONE" }, markedNone: false } })).toEqual(["ID_CARD", "HUKOU_BOOKLET", "PHOTO"]);
  });
  it("one MERIT_CERT per award of third-class merit or above / honorary title, keyed by the item", () => {
    const merit = { data: { items: [{ key: "a1", level: "SECOND_CLASS", awardDate: "2004-08-01" }, { key: "a2", level: "COMMENDATION" }, { key: "a3", level: "HONORARY_TITLE" }] }, markedNone: false };
    const docs = requiredDocuments(["DISCHARGED_SOLDIER"], { MERIT: merit }, young).filter((d) => d.docType === "MERIT_CERT");
    expect(docs.map((d) => d.itemKey)).toEqual(["a1", "a3"]);
    expect(docs[0].label).toContain("二等功");
  });
  it("errata A1: no discharge certificate when every record says 无 or reform staff never served", () => {
    const none = { data: { items: [{ dischargeCertType: "NONE" }] }, markedNone: false };
    expect(types(["THREE_REDS"], { SERVICE: none })).not.toContain("DISCHARGE_CERT");
    expect(types(["REFORM_CONVERTED"], { SERVICE: { data: {}, markedNone: true } })).not.toContain("DISCHARGE_CERT");
    // Marking 无 is not an answer for a discharged soldier: the certificate stays required.
    expect(types(["DISCHARGED_SOLDIER"], { SERVICE: { data: {}, markedNone: true } })).toContain("DISCHARGE_CERT");
  });
  it("disability and survivor documents follow their categories", () => {
    expect(types(["DISABLED_VETERAN"])).toContain("DISABILITY_CERT");
    expect(types(["DISABLED_MILITIA_LABOURER"])).toContain("DISABILITY_CERT");
    expect(types(["ILLNESS_DEATH_SURVIVOR"])).toContain("DEATH_CERT_AND_KINSHIP");
    expect(types(["ACTIVE_SERVICEMAN_RELATIVE"])).not.toContain("OTHER_PROOF");
  });
  it("a document counts when YES with an attachment, or NA with a reason", () => {
    expect(isDocumentProvided({ provided: "YES", naReason: null, attachmentCount: 0 })).toBe(false);
    expect(isDocumentProvided({ provided: "YES", naReason: null, attachmentCount: 2 })).toBe(true);
    expect(isDocumentProvided({ provided: "NA", naReason: "  ", attachmentCount: 0 })).toBe(false);
    expect(isDocumentProvided({ provided: "NA", naReason: "原件遗失，已核实", attachmentCount: 0 })).toBe(true);
    expect(isDocumentProvided({ provided: "NO", naReason: "x", attachmentCount: 3 })).toBe(false);
  });
});

describe("IC-05 completeness", () => {
  it("a fully filled discharged soldier with every document is 100 % with no blockers", () => {
    const a = assessProfile(input());
    expect(a.fieldIssues).toEqual([]);
    expect(a.blockers).toEqual([]);
    expect(a.completeness).toBe(100);
  });
  it("averages the field ratio and the document ratio, rounding down", () => {
    const a = assessProfile(input({ documents: SOLDIER_DOCS.slice(0, 3) }));
    expect(a.documentCounts).toEqual({ required: 5, provided: 3 });
    expect(a.completeness).toBe(80); // (1 + 3/5) / 2
    expect(a.blockers[0]).toContain("80%");
    expect(a.blockers.some((b) => b.includes("近期免冠照片"))).toBe(true);
  });
  it("an empty profile counts each group's required fields and the phone", () => {
    const a = assessProfile(input({ groups: {}, documents: [] }));
    // phone 1 + BASIC 3 + ORG_SOCIAL decision 1 + SERVICE 6 + MERIT decision 1 + PLACEMENT 3 + EMPLOYMENT 1 + COMMENDATION 1 + HARDSHIP 2
    expect(a.fieldCounts).toEqual({ required: 19, filled: 1 });
    expect(a.completeness).toBe(Math.floor((1 / 19 / 2) * 100));
    expect(a.fieldIssues).toContainEqual({ group: "SERVICE", field: "items.0.enlistmentDate", message: "请填写入伍时间" });
    expect(a.blockers.some((b) => b.startsWith("【立功受奖】请填写本组信息或标记为“无”"))).toBe(true);
  });
  it("education (derived, errata A3) never counts; conditional fields do", () => {
    const withEdu = assessProfile(input({ groups: { ...FULL_SOLDIER, EDUCATION: { data: {}, markedNone: false } } }));
    expect(withEdu.completeness).toBe(100);
    const employed = assessProfile(input({ groups: { ...FULL_SOLDIER, EMPLOYMENT: { data: { status: "EMPLOYED_UNIT" }, markedNone: false } } }));
    expect(employed.fieldIssues.map((i) => i.field)).toEqual(["employerName", "position"]);
    expect(employed.completeness).toBeLessThan(100);
  });
  it("a group that must be filled cannot be answered with 无; reform staff may say they never served", () => {
    const soldier = assessProfile(input({ groups: { ...FULL_SOLDIER, SERVICE: { data: {}, markedNone: true } } }));
    expect(soldier.fieldIssues).toContainEqual(expect.objectContaining({ group: "SERVICE", field: "markedNone" }));
    expect(soldier.completeness).toBeLessThan(100);
    const reform = assessProfile(input({
      categories: ["REFORM_CONVERTED"], primaryCategory: "REFORM_CONVERTED",
      groups: { ...FULL_SOLDIER, SERVICE: { data: {}, markedNone: true }, PLACEMENT: { data: {}, markedNone: true } },
      documents: SOLDIER_DOCS.filter((d) => d.docType !== "DISCHARGE_CERT"),
    }));
    expect(reform.blockers).toEqual([]);
    expect(reform.completeness).toBe(100);
  });
  it("“其他人员” needs its description", () => {
    const a = assessProfile(input({ categories: ["DISCHARGED_SOLDIER", "OTHER"] }));
    expect(a.blockers.some((b) => b.includes("其他人员"))).toBe(true);
  });
});

describe("IC-06 cross-field checks", () => {
  const check = (groups: GroupRows, categories: SubjectCategory[] = ["DISCHARGED_SOLDIER"], person = young) =>
    crossFieldChecks({ person, categories, groups, applicable: applicableGroups(categories, person, TODAY), today: TODAY });
  const service = (items: object[]) => ({ ...FULL_SOLDIER, SERVICE: { data: { items }, markedNone: false } });

  it("(1) discharge after enlistment, enlistment after the 15th birthday", () => {
    const r = check(service([{ enlistmentDate: "2005-12-01", dischargeDate: "2005-12-01" }, { enlistmentDate: "1999-01-01" }]));
    expect(r.errors.map((e) => e.field)).toEqual(["items.0.dischargeDate", "items.1.enlistmentDate"]);
    expect(r.errors[1].message).toContain("15周岁");
  });
  it("(1) errata C5: before 1955 an early enlistment is only a warning", () => {
    const r = check(service([{ enlistmentDate: "1945-03-01", dischargeDate: "1950-01-01" }]), ["RURAL_DEMOBILISED_VETERAN"], { ...old, birthDate: "1932-05-01" });
    expect(r.errors).toEqual([]);
    expect(r.warnings[0].message).toContain("仅作提示");
  });
  it("(2) party / league members need their organisation", () => {
    const groups = { ...FULL_SOLDIER, BASIC: { data: { politicalStatus: "CPC_MEMBER" }, markedNone: false } };
    expect(check(groups).errors).toContainEqual(expect.objectContaining({ group: "ORG_SOCIAL", field: "partyOrganisation" }));
    const league = { ...FULL_SOLDIER, BASIC: { data: { politicalStatus: "CYL_MEMBER" }, markedNone: false }, ORG_SOCIAL: { data: { leagueOrganisation: "团支部" }, markedNone: false } };
    expect(check(league).errors).toEqual([]);
    // And 无 is not an answer for group 2 of a party member.
    const a = assessProfile(input({ groups }));
    expect(a.fieldIssues).toContainEqual(expect.objectContaining({ group: "ORG_SOCIAL", field: "markedNone" }));
  });
  it("(3) a disabled veteran needs disability information", () => {
    expect(check(FULL_SOLDIER, ["DISABLED_VETERAN"]).errors).toContainEqual(expect.objectContaining({ group: "DISABILITY" }));
    const ok = { ...FULL_SOLDIER, DISABILITY: { data: { grade: "G6" }, markedNone: false } };
    expect(check(ok, ["DISABLED_VETERAN"]).errors).toEqual([]);
  });
  it("(4) the death type must match the survivor category", () => {
    const survivor = (deathType: string) => ({ SURVIVOR: { data: { deathType }, markedNone: false } });
    expect(check(survivor("ILLNESS_DEATH"), ["MARTYR_SURVIVOR"]).errors[0]).toMatchObject({ field: "deathType" });
    expect(check(survivor("MARTYR"), ["MARTYR_SURVIVOR"]).errors).toEqual([]);
  });
  it("(5) a deceased person's file cannot be submitted", () => {
    const a = assessProfile(input({ person: { ...young, isDeceased: true } }));
    expect(a.blockers.some((b) => b.includes("已登记去世"))).toBe(true);
  });
});

describe("group documents", () => {
  it("tolerate drafts, reject a future date in Chinese, drop unknown keys (ORG-27)", () => {
    const ok = serviceSchema.safeParse({ items: [{ enlistmentDate: "", branch: "NAVY", unitDesignation: "某部" }] });
    expect(ok.success && ok.data.items[0]).toEqual({ branch: "NAVY" });
    const bad = serviceSchema.safeParse({ items: [{ enlistmentDate: "2999-01-01" }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ path: ["items", 0, "enlistmentDate"], message: "日期不能晚于今天" });
  });
  it("validates phones and bank accounts with the shared validators", () => {
    const r = basicSchema.safeParse({ emergencyContactPhone: "12345", bankInfo: { accountNo: "6222 0202 0000 1234 567" } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toContain("联系电话格式错误");
    expect(basicSchema.parse({ emergencyContactPhone: "139-1234-5678", bankInfo: { accountNo: "6222 0202 0000 1234" } })).toMatchObject({
      emergencyContactPhone: "13912345678", bankInfo: { accountNo: "6222020200001234" },
    });
  });
  it("the save command validates the group's data by its discriminator", () => {
    const r = SaveProfileGroupInput.safeParse({ profileId: "p", version: 0, group: "PLACEMENT", data: { placementYear: "1900" } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(["data", "placementYear"]);
    expect(SaveProfileGroupInput.parse({ profileId: "p", version: 0, group: "HARDSHIP", data: { minLiving: "true" } }).data).toEqual({ minLiving: true });
  });
});
