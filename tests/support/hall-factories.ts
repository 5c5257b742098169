// Fixtures for the service-hall and evaluation tests: a published item, a person, a window with
// an A/B pair, and a whole district hall with its staff. Every call builds fresh rows.
import { randomInt } from "node:crypto";
import { db } from "@/lib/core/db";
import { todayInShanghai } from "@/lib/core/calendar-math";
import type { Scope } from "@/lib/core/scope";
import type { OrgLevel, ServiceModule } from "@/lib/generated/prisma/enums";
import { createPerson } from "@/lib/persons/services";
import { makeTree, makeUser, randomIdNumber } from "./factories";

type Unit = { id: string; path: string; level: OrgLevel; name: string; code: string };

export type ItemSpec = {
  promisedWorkingDays?: number;
  module?: ServiceModule;
  levels?: OrgLevel[];
  materials?: { name: string; mandatory?: boolean; howToObtain?: string }[];
  homeServiceEligible?: boolean;
  proxyEligible?: boolean;
  requiresOnSiteAuthentication?: boolean;
};

/** A PUBLISHED catalogue item with a unique code (inserted directly: the catalogue has its own tests). */
export async function makePublishedItem(spec: ItemSpec = {}) {
  const code = `T${Date.now().toString(36).toUpperCase()}${randomInt(10_000)}`.slice(0, 20);
  const materials = spec.materials ?? [
    { name: "居民身份证", howToObtain: "本人持有" },
    { name: "退役证", howToObtain: "本人持有，遗失的向原部队或档案所在地申请证明" },
    { name: "近期免冠照片", mandatory: false },
  ];
  return db.serviceItem.create({
    data: {
      code, itemVersion: 1, name: `测试事项${code.slice(-4)}`, module: spec.module ?? "PC",
      levels: spec.levels ?? ["CITY", "DISTRICT", "TOWN", "VILLAGE"], legalBasis: "《中华人民共和国退役军人保障法》",
      conditions: "户籍在本市", requirements: "本人到场", procedure: [{ title: "受理" }, { title: "办结" }],
      promisedWorkingDays: spec.promisedWorkingDays ?? 5, complaintChannel: "投诉电话 0532-12345678；地址：青岛市市南区",
      consultPhone: "0532-87654321", proxyEligible: spec.proxyEligible ?? true, homeServiceEligible: spec.homeServiceEligible ?? true,
      requiresOnSiteAuthentication: spec.requiresOnSiteAuthentication ?? false,
      status: "PUBLISHED", publishedKey: code, publishedAt: new Date(), orgPath: "/370200/",
      materials: {
        create: materials.map((m, i) => ({ name: m.name, originalOrCopy: "BOTH", count: 1, mandatory: m.mandatory ?? true, howToObtain: m.howToObtain, sortOrder: i })),
      },
    },
    include: { materials: true },
  });
}

/** A registry person owned by `unit` (a village or town), created through the real service. */
export async function makePerson(scope: Scope, unit: { id: string }, name = "王建国") {
  const r = await createPerson(scope, { idNumber: randomIdNumber(), name, mobile: "13800138000", orgUnitId: unit.id });
  if (!r.created) throw new Error("fixture ID collision");
  return db.person.findUniqueOrThrow({ where: { id: r.id } });
}

export async function makeWindow(unit: Unit, itemCodes: string[], opts: { windowNo?: string; isIntegrated?: boolean; isProxyWindow?: boolean } = {}) {
  return db.serviceWindow.create({
    data: {
      windowNo: opts.windowNo ?? `W${randomInt(100_000)}`, name: "综合受理窗口", serviceItemCodes: itemCodes,
      isIntegrated: opts.isIntegrated ?? false, isProxyWindow: opts.isProxyWindow ?? false, orgUnitId: unit.id, orgPath: unit.path,
    },
  });
}

export async function makePair(window: { id: string; orgUnitId: string; orgPath: string }, aUserId: string, bUserId: string, from = todayInShanghai()) {
  return db.abRoleAssignment.create({
    data: { windowId: window.id, aUserId, bUserId, effectiveFrom: new Date(`${from}T00:00:00Z`), orgUnitId: window.orgUnitId, orgPath: window.orgPath },
  });
}

/**
 * A district hall: clerk A and clerk B paired on one window that receives `item`, a reviewer who
 * is the window lead, a second reviewer, and a client owned by a village of the district.
 */
export async function makeHall(spec: ItemSpec = {}) {
  const tree = await makeTree();
  const unit = tree.district;
  const clerkA = await makeUser(unit, "CLERK");
  const clerkB = await makeUser(unit, "CLERK");
  const reviewer = await makeUser(unit, "REVIEWER", ["WINDOW_LEAD"]);
  const reviewer2 = await makeUser(unit, "REVIEWER");
  const item = await makePublishedItem(spec);
  const window = await makeWindow(unit, [item.code]);
  await makePair(window, clerkA.user.id, clerkB.user.id);
  const townClerk = await makeUser(tree.townA, "CLERK");
  const client = await makePerson(townClerk.scope, tree.villageA);
  const sibling = await makeUser(tree.townB, "CLERK");
  return { tree, unit, clerkA, clerkB, reviewer, reviewer2, item, window, client, townClerk, sibling };
}
export type Hall = Awaited<ReturnType<typeof makeHall>>;
