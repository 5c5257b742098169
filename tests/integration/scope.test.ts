import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { scopedDb } from "@/lib/core/scope";
import { NotFound, Forbidden } from "@/lib/core/errors";
import { makeTree, makeUser } from "../support/factories";

describe("scopedDb: the one data-scope choke point (ORG-20)", () => {
  it("confines reads, updates, deletes and creates to the subtree", async () => {
    const tree = await makeTree();
    const { scope } = await makeUser(tree.townA, "CLERK");
    const siblingUser = await makeUser(tree.townB, "CLERK");
    const sdb = scopedDb(scope);
    expect(await sdb.orgUnit.findUnique({ where: { id: tree.townB.id } })).toBeNull();
    expect(await sdb.orgUnit.findUnique({ where: { id: tree.villageA.id } })).not.toBeNull();
    const codes = (await sdb.orgUnit.findMany({ where: { parentId: tree.district.id } })).map((u) => u.id);
    expect(codes).toEqual([tree.townA.id]);
    await expect(sdb.orgUnit.update({ where: { id: tree.townB.id }, data: { name: "被改名" } })).rejects.toBeInstanceOf(NotFound);
    expect((await db.orgUnit.findUniqueOrThrow({ where: { id: tree.townB.id } })).name).not.toBe("被改名");
    const { count } = await sdb.orgUnit.updateMany({ where: { id: tree.townB.id }, data: { name: "被改名" } });
    expect(count).toBe(0);
    await expect(
      sdb.user.create({ data: { username: `x${Date.now()}`, displayName: "越权", orgUnitId: tree.townB.id, orgPath: tree.townB.path, role: "CLERK", passwordHash: "x" } }),
    ).rejects.toBeInstanceOf(Forbidden);
    expect(await sdb.user.count({ where: { orgUnitId: tree.townB.id } })).toBe(0);
    expect(await db.user.count({ where: { orgUnitId: tree.townB.id } })).toBe(1);
    expect(await sdb.user.findUnique({ where: { id: siblingUser.user.id } })).toBeNull();
  });
});
