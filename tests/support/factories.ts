// Each test builds its own org units and users, so tests never depend on each other (STYLE.md).
import { randomInt } from "node:crypto";
import { db } from "@/lib/core/db";
import type { Scope } from "@/lib/core/scope";
import type { Capability, OrgLevel, Role } from "@/lib/generated/prisma/enums";
import { computeIdCheckDigit } from "@/lib/core/validators/id-number";

const CITY_CODE = "370200";

async function cityUnit() {
  return db.orgUnit.upsert({
    where: { code: CITY_CODE },
    update: {},
    create: { code: CITY_CODE, name: "青岛市退役军人服务中心", level: "CITY", path: `/${CITY_CODE}/`, hasServiceHall: true },
  });
}

async function createUnit(parent: { id: string; path: string; code: string }, level: OrgLevel, digits: number, name: string) {
  for (let attempt = 0; attempt < 20; attempt++) {
    const suffix = String(randomInt(10 ** digits)).padStart(digits, "0");
    const code = level === "DISTRICT" ? "9" + suffix : parent.code + suffix;
    const exists = await db.orgUnit.findUnique({ where: { code } });
    if (exists) continue;
    return db.orgUnit.create({
      data: {
        code, name, level, parentId: parent.id, path: `${parent.path}${code}/`, hasServiceHall: level !== "VILLAGE",
        subtype: level === "TOWN" ? "STREET" : level === "VILLAGE" ? "COMMUNITY" : null, officePhone: "0532-88886666",
      },
    });
  }
  throw new Error("could not allocate a unique unit code");
}

/** A fresh district with two towns (siblings), each with one community. */
export async function makeTree() {
  const city = await cityUnit();
  const district = await createUnit(city, "DISTRICT", 5, "测试区退役军人服务中心");
  const townA = await createUnit(district, "TOWN", 3, "甲街道退役军人服务站");
  const townB = await createUnit(district, "TOWN", 3, "乙街道退役军人服务站");
  const villageA = await createUnit(townA, "VILLAGE", 3, "甲一社区退役军人服务站");
  const villageB = await createUnit(townB, "VILLAGE", 3, "乙一社区退役军人服务站");
  return { city, district, townA, townB, villageA, villageB };
}

let userSeq = 0;

/** A user in `unit` and the Scope a session of theirs would produce. */
export async function makeUser(unit: { id: string; path: string; level: OrgLevel; name: string }, role: Role, capabilities: Capability[] = []) {
  const username = `t${Date.now().toString(36)}${(userSeq++).toString(36)}${randomInt(1000)}`;
  const user = await db.user.create({
    data: { username, displayName: "测试用户", orgUnitId: unit.id, orgPath: unit.path, role, capabilities, passwordHash: "x", mustChangePassword: false },
  });
  const scope: Scope = {
    userId: user.id, username, displayName: user.displayName, orgUnitId: unit.id, orgUnitName: unit.name, orgPath: unit.path,
    level: unit.level, role, capabilities, mustChangePassword: false, totpEnabled: false,
  };
  return { user, scope };
}

// Test files run in parallel worker processes against one database, and a worker slot is reused
// by new processes: random draws (even per-slot ones) collided with rows an earlier process had
// left. Instead each process reserves its own block of ID indices from a database counter at load
// time, and walks it: two processes never draw the same number in a run.
const BLOCK = 20_000;
const DAY_MS = 86_400_000;
const FIRST_BIRTH_DAY = Date.UTC(1940, 0, 1);
const block = Number(
  (await db.$queryRaw<{ value: number }[]>`
    INSERT INTO "DocumentCounter" ("key", "value") VALUES ('TEST:ID_BLOCK', 1)
    ON CONFLICT ("key") DO UPDATE SET "value" = "DocumentCounter"."value" + 1 RETURNING "value"`)[0].value,
);
let next = 0;

/** A valid 18-digit Qingdao ID number (市南区, born 1940–2000), unique within this test run. */
export function randomIdNumber(gender: "MALE" | "FEMALE" = "MALE"): string {
  if (next >= BLOCK) throw new Error("test ID block exhausted");
  const index = block * BLOCK + next++;
  // 500 sequence numbers per birth day and gender: the 17th digit's parity is the gender.
  const seq = (index % 500) * 2 + (gender === "MALE" ? 1 : 0);
  const day = new Date(FIRST_BIRTH_DAY + Math.floor(index / 500) * DAY_MS).toISOString().slice(0, 10).replaceAll("-", "");
  const first17 = `370202${day}${String(seq).padStart(3, "0")}`;
  return first17 + computeIdCheckDigit(first17);
}
