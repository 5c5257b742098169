import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { createPerson, revealPersonField, updatePersonContact } from "@/lib/persons/services";
import { findPersonIdByIdNumber, getPersonProfile, listPersons, loadPersonInScope } from "@/lib/persons/queries";
import { NotFound, FieldError, Conflict } from "@/lib/core/errors";
import { makeTree, makeUser, randomIdNumber } from "../support/factories";

async function setup() {
  const tree = await makeTree();
  const clerkA = await makeUser(tree.townA, "CLERK");
  const clerkB = await makeUser(tree.townB, "CLERK");
  const districtReviewer = await makeUser(tree.district, "REVIEWER");
  const idNumber = randomIdNumber();
  const created = await createPerson(clerkA.scope, { idNumber, name: "张卫国", mobile: "13912345678", orgUnitId: tree.villageA.id });
  if (!created.created) throw new Error("expected a new person");
  return { tree, clerkA, clerkB, districtReviewer, idNumber, personId: created.id };
}

describe("Person core: scope, duplicates, masking, audit", () => {
  it("stores the ID encrypted with a blind index and a masked copy", async () => {
    const { personId, idNumber } = await setup();
    const row = await db.person.findUniqueOrThrow({ where: { id: personId } });
    expect(row.idNumberCipher).not.toContain(idNumber);
    expect(row.idMasked).toBe(idNumber.slice(0, 6) + "********" + idNumber.slice(-4));
    expect(row.gender).toBe("MALE");
  });

  it("a sibling town's clerk gets not-found for read, lookup, list, update and reveal", async () => {
    const { clerkB, personId, idNumber } = await setup();
    await expect(loadPersonInScope(clerkB.scope, personId)).rejects.toBeInstanceOf(NotFound);
    await expect(getPersonProfile(clerkB.scope, personId)).rejects.toBeInstanceOf(NotFound);
    expect(await findPersonIdByIdNumber(clerkB.scope, idNumber)).toBeNull();
    const list = await listPersons(clerkB.scope, {});
    expect(list.rows.map((r) => r.id)).not.toContain(personId);
    await expect(updatePersonContact(clerkB.scope, { id: personId, version: 0, mobile: "13800000000" })).rejects.toBeInstanceOf(NotFound);
    await expect(revealPersonField(clerkB.scope, { personId, field: "idNumber", reasonCode: "IDENTITY_CHECK" })).rejects.toBeInstanceOf(NotFound);
    const unchanged = await db.person.findUniqueOrThrow({ where: { id: personId } });
    expect(unchanged.mobile).toBe("13912345678");
  });

  it("the district above sees the person; the list masks the phone", async () => {
    const { districtReviewer, personId } = await setup();
    const list = await listPersons(districtReviewer.scope, { name: "张卫" });
    const row = list.rows.find((r) => r.id === personId);
    expect(row?.mobile).toBe("139****5678");
  });

  it("duplicate in scope returns the existing person; out of scope reveals only the owning unit", async () => {
    const { tree, clerkA, clerkB, idNumber, personId } = await setup();
    const again = await createPerson(clerkA.scope, { idNumber, name: "张卫国", mobile: "13912345678", orgUnitId: tree.villageA.id });
    expect(again).toEqual({ created: false, existingId: personId });
    const err = await createPerson(clerkB.scope, { idNumber, name: "别人", mobile: "13912345679", orgUnitId: tree.villageB.id }).catch((e) => e);
    expect(err).toBeInstanceOf(FieldError);
    expect(err.field).toBe("idNumber");
    expect(err.message).toContain(tree.villageA.name);
    expect(err.message).not.toContain("张卫国");
  });

  it("rejects a wrong check digit with a Chinese message and writes nothing", async () => {
    const { tree, clerkA } = await setup();
    const bad = randomIdNumber().slice(0, 17) + "0";
    const good = randomIdNumber();
    const wrong = good.slice(0, 17) + (good[17] === "0" ? "1" : "0");
    const before = await db.person.count();
    await expect(createPerson(clerkA.scope, { idNumber: wrong, name: "李四", mobile: "13912345678", orgUnitId: tree.villageA.id })).rejects.toThrow(/校验/);
    expect(await db.person.count()).toBe(before);
    expect(bad).toHaveLength(18);
  });

  it("reveal requires scope, returns the value and is audited with its reason", async () => {
    const { clerkA, personId, idNumber } = await setup();
    const value = await revealPersonField(clerkA.scope, { personId, field: "idNumber", reasonCode: "BUSINESS_HANDLING" });
    expect(value).toBe(idNumber);
    const ev = await db.auditEvent.findFirst({ where: { personId, action: "REVEAL" }, orderBy: { id: "desc" } });
    expect(ev?.reason).toContain("办理业务需要");
    expect(ev?.userId).toBe(clerkA.user.id);
  });

  it("opening the profile is audited as VIEW_FULL_PROFILE and never returns the cipher", async () => {
    const { clerkA, personId } = await setup();
    const profile = await getPersonProfile(clerkA.scope, personId);
    expect(profile).not.toHaveProperty("idNumberCipher");
    expect(await db.auditEvent.count({ where: { personId, action: "VIEW_FULL_PROFILE" } })).toBe(1);
  });

  it("a stale version is refused and the newer value survives; the update is audited", async () => {
    const { clerkA, personId } = await setup();
    await updatePersonContact(clerkA.scope, { id: personId, version: 0, mobile: "13700000001" });
    await expect(updatePersonContact(clerkA.scope, { id: personId, version: 0, mobile: "13700000002" })).rejects.toBeInstanceOf(Conflict);
    const row = await db.person.findUniqueOrThrow({ where: { id: personId } });
    expect(row.mobile).toBe("13700000001");
    expect(row.version).toBe(1);
    const ev = await db.auditEvent.findFirst({ where: { personId, action: "UPDATE" } });
    expect(JSON.stringify(ev?.diff)).not.toContain("13700000001");
  });

  it("two concurrent creates of the same ID produce one person", async () => {
    const { tree, clerkA } = await setup();
    const idNumber = randomIdNumber();
    const input = { idNumber, name: "王五", mobile: "13912345678", orgUnitId: tree.villageA.id };
    const results = await Promise.allSettled([createPerson(clerkA.scope, input), createPerson(clerkA.scope, input)]);
    expect(results.filter((r) => r.status === "fulfilled" && r.value.created)).toHaveLength(1);
    const { blindIndex } = await import("@/lib/core/crypto");
    expect(await db.person.count({ where: { idNumberHash: blindIndex(idNumber) } })).toBe(1);
  });
});
