import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { assessStoredProfile } from "@/lib/ic/assessment";
import { consentOtherCategory } from "@/lib/ic/other-category";
import { createPerson } from "@/lib/persons/services";
import { Forbidden, NotFound } from "@/lib/core/errors";
import { makeTree, makeUser, randomIdNumber } from "../support/factories";

describe("“其他人员” needs the district reviewer's consent (§3.1.1)", () => {
  it("blocks submission until a district reviewer of the subtree consents; audited", async () => {
    const tree = await makeTree();
    const clerk = await makeUser(tree.townA, "CLERK");
    const p = await createPerson(clerk.scope, { idNumber: randomIdNumber(), name: "其他人", mobile: "13912345678", orgUnitId: tree.villageA.id });
    if (!p.created) throw new Error("expected new person");
    const profile = await db.subjectProfile.create({
      data: {
        personId: p.id, categories: ["OTHER"], primaryCategory: "OTHER", otherCategoryNote: "参战民兵", collectedById: clerk.user.id,
        collectionChannel: "WINDOW", orgUnitId: tree.villageA.id, orgPath: tree.villageA.path,
      },
    });
    const blockers = async () => (await db.$transaction((tx) => assessStoredProfile(tx, profile.id))).blockers;
    expect((await blockers()).some((b) => b.includes("区级审核人员同意"))).toBe(true);
    const townReviewer = await makeUser(tree.townA, "REVIEWER");
    await expect(consentOtherCategory(townReviewer.scope, { profileId: profile.id, version: 0 })).rejects.toBeInstanceOf(Forbidden);
    const otherDistrict = await makeTree();
    const stranger = await makeUser(otherDistrict.district, "REVIEWER");
    await expect(consentOtherCategory(stranger.scope, { profileId: profile.id, version: 0 })).rejects.toBeInstanceOf(NotFound);
    const districtReviewer = await makeUser(tree.district, "REVIEWER");
    await consentOtherCategory(districtReviewer.scope, { profileId: profile.id, version: 0 });
    expect((await blockers()).some((b) => b.includes("区级审核人员同意"))).toBe(false);
    expect(await db.auditEvent.count({ where: { entityId: profile.id, action: "APPROVE" } })).toBe(1);
  });
});
