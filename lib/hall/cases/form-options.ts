import "server-only";
import { db } from "@/lib/core/db";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { toDateColumn } from "./due-date";

/**
 * The choices of the 受理登记 form: published items receivable at the caller's level (§3.12.1
 * `levels`; the catalogue is shared, ORG-24) and the caller's unit's active windows, with the one
 * the caller sits at today (A first, then B) preselected.
 */
export async function getRegisterFormOptions(scope: Scope, now = new Date()) {
  const day = toDateColumn(todayInShanghai(now));
  const [items, windows, pairs] = await Promise.all([
    db.serviceItem.findMany({
      where: { status: "PUBLISHED", levels: { has: scope.level } },
      orderBy: [{ module: "asc" }, { code: "asc" }],
      select: { code: true, name: true, promisedWorkingDays: true },
    }),
    scopedDb(scope).serviceWindow.findMany({
      where: { orgUnitId: scope.orgUnitId, active: true },
      orderBy: { windowNo: "asc" },
      select: { id: true, windowNo: true, name: true, serviceItemCodes: true, isIntegrated: true },
    }),
    scopedDb(scope).abRoleAssignment.findMany({
      where: { OR: [{ aUserId: scope.userId }, { bUserId: scope.userId }], effectiveFrom: { lte: day }, AND: [{ OR: [{ effectiveTo: null }, { effectiveTo: { gte: day } }] }] },
      select: { windowId: true, aUserId: true },
    }),
  ]);
  const mine = pairs.find((p) => p.aUserId === scope.userId) ?? pairs[0];
  return { items, windows, myWindowId: mine?.windowId ?? windows[0]?.id ?? null };
}
export type RegisterFormOptions = Awaited<ReturnType<typeof getRegisterFormOptions>>;
