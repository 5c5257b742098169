import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { verifyProfile } from "@/lib/ic/verification";
import { createPerson } from "@/lib/persons/services";
import { Conflict, DomainError, NotFound } from "@/lib/core/errors";
import { makeTree, makeUser, randomIdNumber } from "../support/factories";

async function activeProfile() {
  const tree = await makeTree();
  const clerk = await makeUser(tree.townA, "CLERK");
  const sibling = await makeUser(tree.townB, "CLERK");
  const p = await createPerson(clerk.scope, { idNumber: randomIdNumber(), name: "核实人", mobile: "13912345678", orgUnitId: tree.villageA.id });
  if (!p.created) throw new Error("expected new person");
  const profile = await db.subjectProfile.create({
    data: {
      personId: p.id, categories: ["DISCHARGED_SOLDIER"], primaryCategory: "DISCHARGED_SOLDIER", status: "CITY_APPROVED",
      collectedById: clerk.user.id, collectionChannel: "WINDOW", orgUnitId: tree.villageA.id, orgPath: tree.villageA.path,
    },
  });
  return { clerk, sibling, profile };
}

describe("annual verification (IC-20)", () => {
  it("records the date and verifier, audited; refuses stale versions, drafts and other scopes", async () => {
    const { clerk, sibling, profile } = await activeProfile();
    await expect(verifyProfile(sibling.scope, { profileId: profile.id, version: 0 })).rejects.toBeInstanceOf(NotFound);
    await verifyProfile(clerk.scope, { profileId: profile.id, version: 0, note: "电话核实" });
    const after = await db.subjectProfile.findUniqueOrThrow({ where: { id: profile.id } });
    expect(after.lastVerifiedById).toBe(clerk.user.id);
    expect(after.lastVerifiedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: profile.id, reason: { startsWith: "年度核实" } } })).toBe(1);
    await expect(verifyProfile(clerk.scope, { profileId: profile.id, version: 0 })).rejects.toBeInstanceOf(Conflict);
    await db.subjectProfile.update({ where: { id: profile.id }, data: { status: "DRAFT" } });
    await expect(verifyProfile(clerk.scope, { profileId: profile.id, version: 1 })).rejects.toBeInstanceOf(DomainError);
  });
});
