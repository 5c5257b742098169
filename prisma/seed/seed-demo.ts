// First-start demo data: the Qingdao org tree, demo accounts and ~2,000 persons. Idempotent:
// it does nothing when the tree already exists.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Capability } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/core/password";
import { blindIndex, encryptField } from "@/lib/core/crypto";
import { maskIdNumber } from "@/lib/core/mask";
import { qingdaoOrgTree } from "./qingdao-org-tree";
import { generatePersons } from "./person-generator";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { HOLIDAYS_2026 } from "./holidays";
import { seedServiceItems } from "./service-items";
import { seedEvaluationIndicators } from "./evaluation";
import { seedDemoHall } from "./hall-demo";
import { todayInShanghai } from "@/lib/core/calendar-math";

export type SeedResult = { seeded: boolean; units: number; persons: number };

/** Inserts the org tree in level order, computing each materialised path from the parent's. */
export async function seedOrgTree(db: PrismaClient): Promise<Map<string, { id: string; path: string; level: string }>> {
  const byCode = new Map<string, { id: string; path: string; level: string }>();
  for (const level of ["CITY", "DISTRICT", "TOWN", "VILLAGE"] as const) {
    const rows = qingdaoOrgTree.filter((u) => u.level === level).map((u) => {
      const parent = u.parentCode ? byCode.get(u.parentCode) : undefined;
      const path = `${parent?.path ?? "/"}${u.code}/`;
      return {
        code: u.code, name: u.name, level: u.level, subtype: u.subtype ?? null, parentId: parent?.id ?? null, path,
        hasServiceHall: u.hasServiceHall, lunchDutyRequired: u.hasServiceHall, address: u.address ?? null, officePhone: u.officePhone ?? null,
      };
    });
    const created = await db.orgUnit.createManyAndReturn({ data: rows, select: { id: true, code: true, path: true, level: true } });
    for (const c of created) byCode.set(c.code, { id: c.id, path: c.path, level: c.level });
  }
  return byCode;
}

export async function seedDemo(db: PrismaClient, opts: { persons?: number } = {}): Promise<SeedResult> {
  if ((await db.orgUnit.count()) > 0) return { seeded: false, units: 0, persons: 0 };
  const units = await seedOrgTree(db);

  const district = qingdaoOrgTree.find((u) => u.level === "DISTRICT" && u.code === "370202")!;
  const towns = qingdaoOrgTree.filter((u) => u.parentCode === district.code);
  const town = towns[0];
  const siblingTown = towns[1];
  const [village, reviewedVillage] = qingdaoOrgTree.filter((u) => u.parentCode === town.code);
  const unitFor = {
    city: "370200", district: district.code, town: town.code, village: village.code,
    reviewedVillage: reviewedVillage.code, siblingTown: siblingTown.code,
  };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.user.createMany({
    data: DEMO_ACCOUNTS.map((a) => {
      const u = units.get(unitFor[a.unit])!;
      return {
        username: a.username, displayName: a.displayName, role: a.role, capabilities: (a.capabilities ?? []) as Capability[],
        orgUnitId: u.id, orgPath: u.path, passwordHash, mustChangePassword: false, passwordChangedAt: new Date(),
      };
    }),
  });

  await db.workCalendarDay.createMany({
    data: HOLIDAYS_2026.map((h) => ({ date: new Date(h.date + "T00:00:00Z"), isWorkingDay: h.isWorkingDay, name: h.name })),
    skipDuplicates: true,
  });

  await seedServiceItems(db, units.get(unitFor.city)!.path);
  await seedEvaluationIndicators(db);
  const userIds = Object.fromEntries((await db.user.findMany({ select: { id: true, username: true } })).map((u) => [u.username, u.id]));
  await seedDemoHall(db, { district: units.get(unitFor.district)!, town: units.get(unitFor.town)! }, userIds, todayInShanghai());

  // The demo village is listed 40 extra times so that its clerk has a realistic list (~140 people).
  const villages = qingdaoOrgTree.filter((u) => u.level === "VILLAGE").map((v) => ({ code: v.code, name: v.name }));
  for (let i = 0; i < 40; i++) villages.push({ code: village.code, name: village.name });
  const count = opts.persons ?? 2000;
  const rows = [];
  for (const p of generatePersons({ count, seed: 20240630, villages })) {
    const u = units.get(p.villageCode)!;
    rows.push({
      idNumberHash: blindIndex(p.idNumber), idNumberCipher: encryptField(p.idNumber), idMasked: maskIdNumber(p.idNumber),
      name: p.name, gender: p.gender, birthDate: new Date(p.birthDate + "T00:00:00Z"), mobile: p.mobile, landline: p.landline,
      hukouAddress: p.hukouAddress, orgUnitId: u.id, orgPath: u.path,
    });
  }
  for (let i = 0; i < rows.length; i += 1000) await db.person.createMany({ data: rows.slice(i, i + 1000) });
  return { seeded: true, units: units.size, persons: rows.length };
}
