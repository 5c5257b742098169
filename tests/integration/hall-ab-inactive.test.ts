import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { addDays, todayInShanghai } from "@/lib/core/calendar-math";
import { Forbidden } from "@/lib/core/errors";
import { getAbStatus } from "@/lib/hall/ab/desk";
import { getPresenceContext } from "@/lib/hall/ab/queries";
import { presenceOf, resolveResponsibility } from "@/lib/hall/cases/responsibility";
import { registerCase } from "@/lib/hall/cases/services/register-case";
import { checkMaterials } from "@/lib/hall/cases/services/check-materials";
import { transitionCase } from "@/lib/hall/cases/services/transitions";
import { getWindowDetail, listWindows } from "@/lib/hall/windows/queries";
import { makeHall, makePair, makeWindow, type Hall } from "../support/hall-factories";

// F14: a deactivated A or B account cannot act, so it counts as missing (ORG-40) and never as the
// stand-in (HALL-31); a deactivated first handler's counterpart stands in.

const deactivate = (userId: string) => db.user.update({ where: { id: userId }, data: { active: false } });
const fresh = (id: string) => db.serviceCase.findUniqueOrThrow({ where: { id }, include: { materials: { orderBy: { sortOrder: "asc" } } } });

async function register(h: Hall) {
  return registerCase(h.clerkA.scope, { clientPersonId: h.client.id, serviceItemCode: h.item.code, channel: "WINDOW", windowId: h.window.id });
}

describe("deactivated A/B members (ORG-40, HALL-31)", () => {
  it("a window whose B account is deactivated is flagged incomplete; only past pairs still name the member", async () => {
    const h = await makeHall();
    const old = await makeWindow(h.unit, [h.item.code]);
    const past = await makePair(old, h.clerkA.user.id, h.clerkB.user.id, addDays(todayInShanghai(), -30));
    await db.abRoleAssignment.update({ where: { id: past.id }, data: { effectiveTo: new Date(`${addDays(todayInShanghai(), -10)}T00:00:00Z`) } });
    expect((await listWindows(h.reviewer.scope)).incompletePairs).not.toContain(h.window.windowNo);

    await deactivate(h.clerkB.user.id);
    const list = await listWindows(h.reviewer.scope);
    expect(list.incompletePairs).toContain(h.window.windowNo);
    const row = list.rows.find((r) => r.id === h.window.id)!;
    expect(row.pair?.a).toMatchObject({ id: h.clerkA.user.id, presence: "ON_DUTY" });
    expect(row.pair?.b).toBeNull();

    const detail = await getWindowDetail(h.reviewer.scope, h.window.id);
    expect(detail.assignments[0]).toMatchObject({ current: true, a: { id: h.clerkA.user.id }, b: null });
    // An ended pair is history: it keeps the name of who held the role.
    const history = await getWindowDetail(h.reviewer.scope, old.id);
    expect(history.assignments[0]).toMatchObject({ current: false, b: { id: h.clerkB.user.id, name: "测试用户" } });

    // A's own views no longer show B as an on-duty counterpart.
    const desk = await getAbStatus(h.clerkA.scope);
    expect(desk.windows.find((w) => w.windowNo === h.window.windowNo)?.counterpart).toMatchObject({ name: "—", presence: "OFF" });
    expect((await getPresenceContext(h.clerkA.scope)).pairs.find((p) => p.windowNo === h.window.windowNo)?.counterpart).toBeNull();
    expect((await presenceOf(db, [h.clerkA.user.id, h.clerkB.user.id])).get(h.clerkB.user.id)).toBe("OFF");
  });

  it("the counterpart of a deactivated first handler stands in and can act on the case", async () => {
    const h = await makeHall();
    const c = await register(h);
    // While A is active and on duty, B may not act on A's case.
    const mats = (await fresh(c.id)).materials.map((m) => ({ id: m.id, state: "OK" as const }));
    await expect(checkMaterials(h.clerkB.scope, { caseId: c.id, version: (await fresh(c.id)).version, materials: mats })).rejects.toBeInstanceOf(Forbidden);

    await deactivate(h.clerkA.user.id);
    const r = await resolveResponsibility(db, { id: c.id, firstHandlerId: h.clerkA.user.id, windowId: h.window.id });
    expect(r).toMatchObject({ primaryResponsibleId: h.clerkB.user.id, secondaryResponsibleId: h.clerkA.user.id, standInId: h.clerkB.user.id });
    expect(r.handlerIds).toContain(h.clerkB.user.id);

    await checkMaterials(h.clerkB.scope, { caseId: c.id, version: (await fresh(c.id)).version, materials: mats });
    await transitionCase(h.clerkB.scope, { caseId: c.id, version: (await fresh(c.id)).version, action: "accept" });
    expect(await fresh(c.id)).toMatchObject({ status: "ACCEPTED", firstHandlerId: h.clerkA.user.id, primaryResponsibleId: h.clerkB.user.id, handledByCounterpart: true });
  });

  it("a deactivated counterpart is never named stand-in for an away first handler", async () => {
    const h = await makeHall();
    const c = await register(h);
    await db.staffPresence.create({ data: { userId: h.clerkA.user.id, status: "TEMP_AWAY", orgPath: h.unit.path } });
    const before = await resolveResponsibility(db, { id: c.id, firstHandlerId: h.clerkA.user.id, windowId: h.window.id });
    expect(before.standInId).toBe(h.clerkB.user.id);

    await deactivate(h.clerkB.user.id);
    const after = await resolveResponsibility(db, { id: c.id, firstHandlerId: h.clerkA.user.id, windowId: h.window.id });
    expect(after.standInId).toBeNull();
    expect(after.handlerIds).toEqual([h.clerkA.user.id]);
  });
});
