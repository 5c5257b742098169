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

// Test files run in parallel worker processes against one database: each worker draws from its
// own Qingdao district code, and a worker never repeats a number, so two tests never collide on
// the unique blind index by chance (random draws alone collided about once per 70 runs).
const DISTRICTS = ["370202", "370203", "370211", "370212", "370213", "370214", "370215", "370281", "370283", "370285"];
const workerRegion = DISTRICTS[Number(process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? process.pid) % DISTRICTS.length];
const issued = new Set<string>();

/** A valid 18-digit Qingdao ID number, unique within this test run. */
export function randomIdNumber(gender: "MALE" | "FEMALE" = "MALE"): string {
  for (;;) {
    const year = 1940 + randomInt(60);
    const month = String(1 + randomInt(12)).padStart(2, "0");
    const day = String(1 + randomInt(28)).padStart(2, "0");
    let seq = randomInt(1000);
    if ((seq % 2 === 1) !== (gender === "MALE")) seq = (seq + 1) % 1000;
    const first17 = `${workerRegion}${year}${month}${day}${String(seq).padStart(3, "0")}`;
    const id = first17 + computeIdCheckDigit(first17);
    if (!issued.has(id)) {
      issued.add(id);
      return id;
    }
  }
}
