import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { Forbidden } from "@/lib/core/errors";
import { scopedDb } from "@/lib/core/scope";
import { registerCase } from "@/lib/hall/cases/services/register-case";
import { makeHall } from "../support/hall-factories";
import { makeUser } from "../support/factories";

describe("scope choke point: service cases (ORG-22) and callers' own AND filters", () => {
  it("a case is visible to the receiving hall's subtree and to the client's unit, nowhere else", async () => {
    const h = await makeHall();
    const c = await registerCase(h.clerkA.scope, { clientPersonId: h.client.id, serviceItemCode: h.item.code, channel: "WINDOW", windowId: h.window.id });
    const villageClerk = await makeUser(h.tree.villageA, "CLERK");
    const otherVillage = await makeUser(h.tree.villageB, "CLERK");
    expect(await scopedDb(villageClerk.scope).serviceCase.count({ where: { id: c.id } })).toBe(1);
    expect(await scopedDb(h.clerkA.scope).serviceCase.count({ where: { id: c.id } })).toBe(1);
    expect(await scopedDb(otherVillage.scope).serviceCase.count({ where: { id: c.id } })).toBe(0);
    // Writes follow the same rule: out of scope, nothing is touched.
    const r = await scopedDb(otherVillage.scope).serviceCase.updateMany({ where: { id: c.id }, data: { outcomeNote: "越权" } });
    expect(r.count).toBe(0);
    expect((await db.serviceCase.findUniqueOrThrow({ where: { id: c.id } })).outcomeNote).toBeNull();
  });

  it("a caller's own AND is kept beside the scope filter, never replaced by it", async () => {
    const h = await makeHall();
    const c = await registerCase(h.clerkA.scope, { clientPersonId: h.client.id, serviceItemCode: h.item.code, channel: "WINDOW", windowId: h.window.id });
    const sdb = scopedDb(h.clerkA.scope);
    expect(await sdb.serviceCase.count({ where: { AND: [{ id: c.id }, { status: "COMPLETED" }] } })).toBe(0);
    expect(await sdb.serviceCase.count({ where: { AND: { id: c.id } } })).toBe(1);
    // And the scope still applies when the caller brings an AND.
    expect(await scopedDb(h.sibling.scope).serviceCase.count({ where: { AND: [{ id: c.id }] } })).toBe(0);
  });

  it("creating a row outside the subtree is refused", async () => {
    const h = await makeHall();
    await expect(
      scopedDb(h.sibling.scope).serviceWindow.create({ data: { windowNo: "Z1", name: "越权窗口", serviceItemCodes: [], orgUnitId: h.unit.id, orgPath: h.unit.path } }),
    ).rejects.toBeInstanceOf(Forbidden);
  });
});
