import { describe, expect, it } from "vitest";
import { validateIdNumber } from "@/lib/core/validators/id-number";
import { validateName } from "@/lib/core/validators/name";
import { generatePersons, type GeneratedPerson } from "@/prisma/seed/person-generator";
import { qingdaoOrgTree, type OrgSeed } from "@/prisma/seed/qingdao-org-tree";

const LEVEL_ORDER = ["CITY", "DISTRICT", "TOWN", "VILLAGE"] as const;
const CODE_LENGTH = { CITY: 6, DISTRICT: 6, TOWN: 9, VILLAGE: 12 } as const;
const MOBILE_RE = /^1[3-9]\d{9}$/;
const TEL_RE = /^0\d{2,3}-\d{7,8}$/;

const EXPECTED_DISTRICTS: ReadonlyArray<readonly [string, string]> = [
  ["370202", "市南区"],
  ["370203", "市北区"],
  ["370211", "黄岛区"],
  ["370212", "崂山区"],
  ["370213", "李沧区"],
  ["370214", "城阳区"],
  ["370215", "即墨区"],
  ["370281", "胶州市"],
  ["370283", "平度市"],
  ["370285", "莱西市"],
];

const byLevel = (level: OrgSeed["level"]) => qingdaoOrgTree.filter((unit) => unit.level === level);
const villages = byLevel("VILLAGE");

describe("qingdaoOrgTree (SPEC §2.1)", () => {
  it("has exactly one city and the ten districts with the SPEC codes and names", () => {
    const cities = byLevel("CITY");
    expect(cities.map((c) => [c.code, c.name])).toEqual([["370200", "青岛市退役军人服务中心"]]);
    expect(cities[0].parentCode).toBeUndefined();
    const districts = byLevel("DISTRICT").map((d) => [d.code, d.name]);
    expect(districts).toEqual(EXPECTED_DISTRICTS.map(([code, name]) => [code, `${name}退役军人服务中心`]));
  });

  it("has unique codes, and every non-city unit's parent exists exactly one level above (ORG-01)", () => {
    const byCode = new Map(qingdaoOrgTree.map((unit) => [unit.code, unit]));
    expect(byCode.size).toBe(qingdaoOrgTree.length);
    for (const unit of qingdaoOrgTree) {
      expect(unit.code).toMatch(new RegExp(`^\\d{${CODE_LENGTH[unit.level]}}$`));
      if (unit.level === "CITY") continue;
      const parent = byCode.get(unit.parentCode ?? "");
      expect(parent, unit.code).toBeDefined();
      expect(LEVEL_ORDER.indexOf(parent!.level)).toBe(LEVEL_ORDER.indexOf(unit.level) - 1);
      // Towns and villages extend their parent's code (statistical-code convention).
      if (unit.level !== "DISTRICT") expect(unit.code.startsWith(parent!.code)).toBe(true);
    }
  });

  it("lists parents before children so rows can be inserted in order", () => {
    const seen = new Set<string>();
    for (const unit of qingdaoOrgTree) {
      if (unit.parentCode) expect(seen.has(unit.parentCode), unit.code).toBe(true);
      seen.add(unit.code);
    }
  });

  it("has ≥ 130 towns, each with ≥ 3 children, and consistent subtypes and service halls", () => {
    const towns = byLevel("TOWN");
    expect(towns.length).toBeGreaterThanOrEqual(130);
    for (const town of towns) {
      const children = villages.filter((v) => v.parentCode === town.code);
      expect(children.length, town.name).toBeGreaterThanOrEqual(3);
      expect(town.subtype).toBe(town.name.includes("街道") ? "STREET" : "TOWN");
      for (const child of children) {
        expect(child.subtype).toBe(town.subtype === "STREET" ? "COMMUNITY" : "VILLAGE");
      }
    }
    for (const unit of qingdaoOrgTree) {
      expect(unit.hasServiceHall).toBe(unit.level !== "VILLAGE" || unit.subtype === "COMMUNITY");
      expect(unit.name.length).toBeLessThanOrEqual(60);
      expect(unit.officePhone).toMatch(TEL_RE);
    }
  });
});

describe("generatePersons", () => {
  const villageRefs = villages.map(({ code, name }) => ({ code, name }));
  const take = (count: number, seed = 42): GeneratedPerson[] => [
    ...generatePersons({ count, seed, villages: villageRefs }),
  ];
  const persons = take(20_000);

  it("produces unique, checksum-valid IDs whose derived gender and birth date match", () => {
    expect(new Set(persons.map((p) => p.idNumber)).size).toBe(persons.length);
    for (const person of persons) {
      const result = validateIdNumber(person.idNumber);
      expect(result, person.idNumber).toMatchObject({
        ok: true,
        gender: person.gender,
        birthDate: person.birthDate,
      });
      expect(Number(person.idNumber[16]) % 2 === 1).toBe(person.gender === "MALE");
      expect(person.idNumber.slice(0, 6)).toBe(person.villageCode.slice(0, 6));
    }
  });

  it("keeps IDs unique even when every person lives in the same village", () => {
    const one = [...generatePersons({ count: 20_000, seed: 7, villages: villageRefs.slice(0, 1) })];
    expect(new Set(one.map((p) => p.idNumber)).size).toBe(one.length);
  });

  it("produces valid names, phones and plausible demographics", () => {
    let males = 0;
    let withMobile = 0;
    let core = 0;
    for (const person of persons) {
      expect(validateName(person.name).ok, person.name).toBe(true);
      if (person.mobile !== null) {
        expect(person.mobile).toMatch(MOBILE_RE);
        withMobile++;
      }
      if (person.landline !== null) expect(person.landline).toMatch(TEL_RE);
      expect(person.mobile ?? person.landline).not.toBeNull();
      expect(person.birthDate >= "1930-01-01" && person.birthDate <= "2004-12-31").toBe(true);
      if (person.birthDate >= "1950" && person.birthDate < "1996") core++;
      if (person.gender === "MALE") males++;
      expect(person.hukouAddress.startsWith("山东省青岛市")).toBe(true);
    }
    expect(males / persons.length).toBeGreaterThan(0.87);
    expect(males / persons.length).toBeLessThan(0.93);
    expect(withMobile / persons.length).toBeGreaterThan(0.8);
    expect(core / persons.length).toBeGreaterThan(0.8);
  });

  it("is deterministic for a seed and independent of count", () => {
    expect(take(500, 42)).toEqual(persons.slice(0, 500));
    expect(take(50, 43)).not.toEqual(persons.slice(0, 50));
  });
});
