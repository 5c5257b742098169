import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { Conflict, DomainError, FieldError, Forbidden, NotFound } from "@/lib/core/errors";
import { checkPasswordPolicy } from "@/lib/core/password-policy";
import { verifyPassword } from "@/lib/core/password";
import { createOrgUnit, deactivateOrgUnit, reactivateOrgUnit, updateOrgUnit } from "@/lib/org/services";
import { findOrgPage, getUnitWithChildren } from "@/lib/org/queries";
import { createUser, disableUser, resetUserPassword, updateUser } from "@/lib/accounts/services";
import { findUserForEdit, listUsers, listUsersForAdmin, userListFilterOf } from "@/lib/accounts/queries";
import { createPerson } from "@/lib/persons/services";
import { makeTree, makeUser, randomIdNumber } from "../support/factories";

let seq = 0;
/** A username no other test run will have taken. */
function freshUsername() {
  return `it${Date.now().toString(36)}${(seq++).toString(36)}${Math.floor(Math.random() * 1000)}`;
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => {
      throw new Error("expected the call to be refused");
    },
    (e: unknown) => e,
  );
}

describe("org units and accounts: data scope (a sibling town sees and touches nothing)", () => {
  it("a town admin cannot create, rename or deactivate units in a sibling town, nor see them", async () => {
    const tree = await makeTree();
    const adminA = await makeUser(tree.townA, "ADMIN");

    await expect(
      createOrgUnit(adminA.scope, { parentId: tree.townB.id, code: `${tree.townB.code}901`, name: "越权社区", subtype: "COMMUNITY" }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(
      updateOrgUnit(adminA.scope, { id: tree.villageB.id, version: tree.villageB.version, name: "被改名", hasServiceHall: false }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(deactivateOrgUnit(adminA.scope, { id: tree.villageB.id, version: tree.villageB.version })).rejects.toBeInstanceOf(NotFound);

    const untouched = await db.orgUnit.findUniqueOrThrow({ where: { id: tree.villageB.id } });
    expect(untouched).toMatchObject({ name: tree.villageB.name, active: true, version: tree.villageB.version });
    expect(await db.orgUnit.count({ where: { code: `${tree.townB.code}901` } })).toBe(0);

    await expect(getUnitWithChildren(adminA.scope, tree.townB.id)).rejects.toBeInstanceOf(NotFound);
    expect(await findOrgPage(adminA.scope, tree.villageB.id)).toBeNull();
    const own = await getUnitWithChildren(adminA.scope);
    expect(own.unit.id).toBe(tree.townA.id);
    expect(own.children.map((c) => c.id)).toEqual([tree.villageA.id]);
    // The breadcrumb never climbs above the admin's own unit.
    expect(own.ancestors.map((a) => a.id)).toEqual([tree.townA.id]);

    // Positive control: the same admin may add a community under its own town.
    const mine = await createOrgUnit(adminA.scope, { parentId: tree.townA.id, code: `${tree.townA.code}902`, name: "甲二社区", subtype: "COMMUNITY" });
    expect(mine.path).toBe(`${tree.townA.path}${tree.townA.code}902/`);
  });

  it("a town admin cannot create, edit, disable, reset or list users of a sibling town", async () => {
    const tree = await makeTree();
    const adminA = await makeUser(tree.townA, "ADMIN");
    const clerkB = await makeUser(tree.villageB, "CLERK");
    const ref = { id: clerkB.user.id, version: clerkB.user.version };

    await expect(
      createUser(adminA.scope, { username: freshUsername(), displayName: "越权用户", orgUnitId: tree.villageB.id, role: "CLERK", capabilities: [] }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(updateUser(adminA.scope, { ...ref, displayName: "被改名", role: "ADMIN", capabilities: [] })).rejects.toBeInstanceOf(NotFound);
    await expect(disableUser(adminA.scope, ref)).rejects.toBeInstanceOf(NotFound);
    await expect(resetUserPassword(adminA.scope, ref)).rejects.toBeInstanceOf(NotFound);

    const row = await db.user.findUniqueOrThrow({ where: { id: clerkB.user.id } });
    expect(row).toMatchObject({ displayName: clerkB.user.displayName, role: "CLERK", active: true, version: 0, sessionEpoch: 0, passwordHash: "x" });

    const listed = await listUsers(adminA.scope, {});
    expect(listed.rows.map((r) => r.id)).toContain(adminA.user.id);
    expect(listed.rows.map((r) => r.id)).not.toContain(clerkB.user.id);
    // Filtering by the sibling's unit id must not widen the list to it.
    const filtered = await listUsers(adminA.scope, { unitId: tree.townB.id });
    expect(filtered.rows.map((r) => r.id)).not.toContain(clerkB.user.id);
    expect(await findUserForEdit(adminA.scope, clerkB.user.id)).toBeNull();

    // The district above sees both.
    const districtAdmin = await makeUser(tree.district, "ADMIN");
    const all = await listUsers(districtAdmin.scope, { unitId: tree.district.id });
    expect(all.rows.map((r) => r.id)).toEqual(expect.arrayContaining([adminA.user.id, clerkB.user.id]));
  });
});

describe("org units: creating and deactivating (ORG-01–03)", () => {
  it("a district admin creates a town and a village with the right level, path and audit row", async () => {
    const tree = await makeTree();
    const admin = await makeUser(tree.district, "ADMIN");
    const townCode = `${tree.district.code}950`;
    const town = await createOrgUnit(admin.scope, { parentId: tree.district.id, code: townCode, name: "新设街道", subtype: "STREET", hasServiceHall: true, officePhone: "0532 8888 1234" });
    expect(town).toMatchObject({ level: "TOWN", subtype: "STREET", parentId: tree.district.id, path: `${tree.district.path}${townCode}/`, hasServiceHall: true, officePhone: "0532-88881234" });

    const villageCode = `${townCode}001`;
    const village = await createOrgUnit(admin.scope, { parentId: town.id, code: villageCode, name: "新设社区", subtype: "COMMUNITY" });
    expect(village).toMatchObject({ level: "VILLAGE", subtype: "COMMUNITY", parentId: town.id, path: `${town.path}${villageCode}/` });

    const audit = await db.auditEvent.findFirst({ where: { action: "CREATE", entityType: "OrgUnit", entityId: village.id } });
    expect(audit?.userId).toBe(admin.user.id);
    expect(audit?.orgPath).toBe(village.path);

    const page = await findOrgPage(admin.scope, town.id);
    expect(page?.children.map((c) => c.id)).toEqual([village.id]);
    expect(page?.manageUnit).toBe(true);
    expect(page?.manageChildren).toBe(true);
    expect(page?.childForm).toMatchObject({ level: "VILLAGE", codeLength: 12, codePrefix: townCode, subtypes: ["VILLAGE", "COMMUNITY"] });
  });

  it("refuses a code outside the parent's prefix (on the code field), a duplicate code, and a village without subtype", async () => {
    const tree = await makeTree();
    const admin = await makeUser(tree.district, "ADMIN");
    // District codes from the factory start with 9, so 370202… can never carry this district's prefix.
    const wrong = await rejection(createOrgUnit(admin.scope, { parentId: tree.district.id, code: "370202951", name: "错码街道" }));
    expect(wrong).toBeInstanceOf(FieldError);
    expect((wrong as FieldError).field).toBe("code");
    expect((wrong as FieldError).message).toContain(tree.district.code);

    const dup = await rejection(createOrgUnit(admin.scope, { parentId: tree.district.id, code: tree.townA.code, name: "重复街道" }));
    expect(dup).toBeInstanceOf(FieldError);
    expect((dup as FieldError).field).toBe("code");

    const noSubtype = await rejection(createOrgUnit(admin.scope, { parentId: tree.townA.id, code: `${tree.townA.code}903`, name: "无类型" }));
    expect((noSubtype as FieldError).field).toBe("subtype");
    expect(await db.orgUnit.count({ where: { code: { in: ["370202951", `${tree.townA.code}903`] } } })).toBe(0);
  });

  it("a district admin can neither create a district nor manage its own unit", async () => {
    const tree = await makeTree();
    const admin = await makeUser(tree.district, "ADMIN");
    // The city (the only possible parent of a district) is outside the district's scope: refused
    // as not-found, so nothing above the admin is revealed.
    await expect(
      createOrgUnit(admin.scope, { parentId: tree.city.id, code: "999999", name: "越级新区" }),
    ).rejects.toBeInstanceOf(NotFound);
    expect(await db.orgUnit.count({ where: { code: "999999", parentId: tree.city.id } })).toBe(0);
    // ORG-02: nobody manages their own unit's existence.
    await expect(
      updateOrgUnit(admin.scope, { id: tree.district.id, version: tree.district.version, name: "自改名", hasServiceHall: true }),
    ).rejects.toBeInstanceOf(Forbidden);
    await expect(deactivateOrgUnit(admin.scope, { id: tree.district.id, version: tree.district.version })).rejects.toBeInstanceOf(Forbidden);

    const own = await findOrgPage(admin.scope);
    expect(own?.manageUnit).toBe(false);
    expect(own?.manageChildren).toBe(true);
    const clerk = await makeUser(tree.district, "CLERK");
    expect((await findOrgPage(clerk.scope))?.manageChildren).toBe(false);
  });

  it("deactivation is refused while the unit owns people, active users or sub-units, and allowed once empty", async () => {
    const tree = await makeTree();
    const admin = await makeUser(tree.district, "ADMIN");

    const withChildren = await rejection(deactivateOrgUnit(admin.scope, { id: tree.townA.id, version: tree.townA.version }));
    expect(withChildren).toBeInstanceOf(DomainError);
    expect((withChildren as Error).message).toContain("下级单位");

    const clerk = await makeUser(tree.villageA, "CLERK");
    const created = await createPerson(clerk.scope, { idNumber: randomIdNumber(), name: "王建军", mobile: "13912345678", orgUnitId: tree.villageA.id });
    expect(created.created).toBe(true);
    const withPeople = await rejection(deactivateOrgUnit(admin.scope, { id: tree.villageA.id, version: tree.villageA.version }));
    expect((withPeople as Error).message).toMatch(/1名人员.*1个在用账号/);

    const withUser = await makeUser(tree.villageB, "CLERK");
    const refused = await rejection(deactivateOrgUnit(admin.scope, { id: tree.villageB.id, version: tree.villageB.version }));
    expect((refused as Error).message).toContain("在用账号");
    expect((await db.orgUnit.findUniqueOrThrow({ where: { id: tree.villageB.id } })).active).toBe(true);

    await disableUser(admin.scope, { id: withUser.user.id, version: withUser.user.version });
    await deactivateOrgUnit(admin.scope, { id: tree.villageB.id, version: tree.villageB.version });
    const off = await db.orgUnit.findUniqueOrThrow({ where: { id: tree.villageB.id } });
    expect(off).toMatchObject({ active: false, version: tree.villageB.version + 1 });

    // A disabled unit takes no new users; re-enabling restores it.
    await expect(
      createUser(admin.scope, { username: freshUsername(), displayName: "新人", orgUnitId: off.id, role: "CLERK", capabilities: [] }),
    ).rejects.toBeInstanceOf(FieldError);
    await reactivateOrgUnit(admin.scope, { id: off.id, version: off.version });
    expect((await db.orgUnit.findUniqueOrThrow({ where: { id: off.id } })).active).toBe(true);
  });

  it("a stale version is a Conflict, never a silent overwrite", async () => {
    const tree = await makeTree();
    const admin = await makeUser(tree.district, "ADMIN");
    const v = tree.townA.version;
    await updateOrgUnit(admin.scope, { id: tree.townA.id, version: v, name: "第一次改名", hasServiceHall: true });
    await expect(updateOrgUnit(admin.scope, { id: tree.townA.id, version: v, name: "第二次改名", hasServiceHall: true })).rejects.toBeInstanceOf(Conflict);
    await expect(deactivateOrgUnit(admin.scope, { id: tree.villageB.id, version: tree.villageB.version + 5 })).rejects.toBeInstanceOf(Conflict);
    expect((await db.orgUnit.findUniqueOrThrow({ where: { id: tree.townA.id } })).name).toBe("第一次改名");

    const clerk = await makeUser(tree.villageA, "CLERK");
    await updateUser(admin.scope, { id: clerk.user.id, version: 0, displayName: "张三", role: "CLERK", capabilities: [] });
    await expect(updateUser(admin.scope, { id: clerk.user.id, version: 0, displayName: "李四", role: "REVIEWER", capabilities: [] })).rejects.toBeInstanceOf(Conflict);
    expect(await db.user.findUniqueOrThrow({ where: { id: clerk.user.id } })).toMatchObject({ displayName: "张三", role: "CLERK", version: 1 });
  });
});

describe("accounts: create, grant, reset (ORG-31–33, X-31)", () => {
  it("createUser is audited and returns a temporary password that meets the policy", async () => {
    const tree = await makeTree();
    const admin = await makeUser(tree.district, "ADMIN");
    const username = freshUsername();
    const { id, temporaryPassword } = await createUser(admin.scope, {
      username, displayName: "赵六", mobile: "139 1234 5678", orgUnitId: tree.villageA.id, role: "CLERK", capabilities: ["WINDOW_LEAD"],
    });
    expect(checkPasswordPolicy(temporaryPassword, { username })).toEqual([]);

    const user = await db.user.findUniqueOrThrow({ where: { id } });
    expect(user).toMatchObject({ username, mobile: "13912345678", orgPath: tree.villageA.path, mustChangePassword: true, capabilities: ["WINDOW_LEAD"] });
    expect(user.passwordHash).not.toContain(temporaryPassword);
    expect(await verifyPassword(user.passwordHash, temporaryPassword)).toBe(true);

    const audit = await db.auditEvent.findFirst({ where: { action: "CREATE", entityType: "User", entityId: id } });
    expect(audit?.userId).toBe(admin.user.id);
    expect(audit?.orgPath).toBe(tree.villageA.path);
    expect(JSON.stringify(audit?.diff)).not.toContain(temporaryPassword);

    const taken = await rejection(createUser(admin.scope, { username, displayName: "重名", orgUnitId: tree.villageA.id, role: "CLERK", capabilities: [] }));
    expect((taken as FieldError).field).toBe("username");

    const list = await listUsersForAdmin(admin.scope, userListFilterOf({ q: username, role: "CLERK" }));
    expect(list.rows).toHaveLength(1);
    expect(list.rows[0]).toMatchObject({ id, locked: false, mustChangePassword: true });
  });

  it("a district admin may not grant EXPORT_UNMASKED (city only); the city admin may", async () => {
    const tree = await makeTree();
    const admin = await makeUser(tree.district, "ADMIN");
    const refused = await rejection(
      createUser(admin.scope, { username: freshUsername(), displayName: "钱七", orgUnitId: tree.townA.id, role: "REVIEWER", capabilities: ["EXPORT_UNMASKED"] }),
    );
    expect(refused).toBeInstanceOf(FieldError);
    expect((refused as FieldError).field).toBe("capabilities");

    const clerk = await makeUser(tree.townA, "CLERK");
    await expect(
      updateUser(admin.scope, { id: clerk.user.id, version: 0, displayName: "测试用户", role: "CLERK", capabilities: ["EXPORT_UNMASKED"] }),
    ).rejects.toBeInstanceOf(FieldError);
    expect((await db.user.findUniqueOrThrow({ where: { id: clerk.user.id } })).capabilities).toEqual([]);

    const cityAdmin = await makeUser(tree.city, "ADMIN");
    await updateUser(cityAdmin.scope, { id: clerk.user.id, version: 0, displayName: "测试用户", role: "CLERK", capabilities: ["EXPORT_UNMASKED"] });
    expect((await db.user.findUniqueOrThrow({ where: { id: clerk.user.id } })).capabilities).toEqual(["EXPORT_UNMASKED"]);
    // The district admin still sees the grant (so it can be removed) although it may not give it.
    expect((await findUserForEdit(admin.scope, clerk.user.id))?.capabilities).toContain("EXPORT_UNMASKED");
  });

  it("resetting a password forces a change at next login and ends open sessions", async () => {
    const tree = await makeTree();
    const admin = await makeUser(tree.district, "ADMIN");
    const clerk = await makeUser(tree.villageA, "CLERK");
    await db.user.update({ where: { id: clerk.user.id }, data: { failedLogins: 5, lockedUntil: new Date(Date.now() + 60_000) } });
    expect((await findUserForEdit(admin.scope, clerk.user.id))?.user.locked).toBe(true);

    const { temporaryPassword } = await resetUserPassword(admin.scope, { id: clerk.user.id, version: 0 });
    const after = await db.user.findUniqueOrThrow({ where: { id: clerk.user.id } });
    expect(after).toMatchObject({ mustChangePassword: true, sessionEpoch: clerk.user.sessionEpoch + 1, version: 1, failedLogins: 0, lockedUntil: null });
    expect(await verifyPassword(after.passwordHash, temporaryPassword)).toBe(true);
    expect(checkPasswordPolicy(temporaryPassword, { username: clerk.user.username })).toEqual([]);

    // The old version is now stale, and an admin cannot reset their own password here.
    await expect(resetUserPassword(admin.scope, { id: clerk.user.id, version: 0 })).rejects.toBeInstanceOf(Conflict);
    await expect(resetUserPassword(admin.scope, { id: admin.user.id, version: 0 })).rejects.toBeInstanceOf(DomainError);
  });
});
