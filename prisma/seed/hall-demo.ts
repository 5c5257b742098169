// Demo service-hall set-up (§7.7, §7.5.2): windows and A/B pairs at the 市南区 centre and the
// demo street, so a first start shows a working hall. Idempotent per window number.
import type { PrismaClient } from "@/lib/generated/prisma/client";

type Unit = { id: string; path: string };

export async function seedDemoHall(
  db: PrismaClient,
  units: { district: Unit; town: Unit },
  users: Record<string, string>,
  today: string,
): Promise<number> {
  const items = await db.serviceItem.findMany({ where: { status: "PUBLISHED" }, select: { code: true, module: true } });
  const codes = (modules: string[]) => items.filter((i) => modules.includes(i.module)).map((i) => i.code);
  const from = new Date(`${today}T00:00:00Z`);
  const windows = [
    { unit: units.district, windowNo: "1", name: "综合受理窗口", codes: items.map((i) => i.code), isIntegrated: true, a: "district_clerk", b: "district_clerk_b" },
    { unit: units.district, windowNo: "2", name: "优抚优待窗口", codes: codes(["PC"]), a: "district_clerk_b", b: "district_clerk" },
    { unit: units.district, windowNo: "3", name: "帮办代办窗口", codes: items.map((i) => i.code), isProxyWindow: true, a: "district_clerk_b", b: "district_reviewer" },
    { unit: units.town, windowNo: "1", name: "综合服务窗口", codes: items.map((i) => i.code), isIntegrated: true, a: "town_clerk", b: "town_reviewer" },
  ];
  let n = 0;
  for (const w of windows) {
    const window = await db.serviceWindow.upsert({
      where: { orgUnitId_windowNo: { orgUnitId: w.unit.id, windowNo: w.windowNo } },
      update: {},
      create: {
        windowNo: w.windowNo, name: w.name, serviceItemCodes: w.codes, isIntegrated: !!w.isIntegrated, isProxyWindow: !!w.isProxyWindow,
        orgUnitId: w.unit.id, orgPath: w.unit.path,
      },
    });
    if ((await db.abRoleAssignment.count({ where: { windowId: window.id } })) === 0) {
      await db.abRoleAssignment.create({
        data: { windowId: window.id, aUserId: users[w.a], bUserId: users[w.b], effectiveFrom: from, orgUnitId: w.unit.id, orgPath: w.unit.path },
      });
    }
    n++;
  }
  return n;
}
