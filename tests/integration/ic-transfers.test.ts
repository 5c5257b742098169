import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { Conflict, FieldError, Forbidden, InvalidTransition, NotFound } from "@/lib/core/errors";
import type { Scope } from "@/lib/core/scope";
import type { ProfileStatus } from "@/lib/generated/prisma/enums";
import { createPerson } from "@/lib/persons/services";
import { loadProfileInScope } from "@/lib/ic/review/load";
import { acceptProfileTransfer, cancelProfileTransfer, rejectProfileTransfer, requestProfileTransfer } from "@/lib/ic/transfers/services";
import { listTransfers } from "@/lib/ic/transfers/queries";
import { decideServiceAccess, requestServiceAccess } from "@/lib/ic/transfers/access";
import { getProfileSummaryWithAccess, listAccessRequests } from "@/lib/ic/transfers/access-queries";
import { makeTree, makeUser, randomIdNumber } from "../support/factories";

type Unit = Awaited<ReturnType<typeof makeTree>>["villageA"];

async function makeProfile(unit: Unit, clerk: Scope, status: ProfileStatus = "CITY_APPROVED") {
  const idNumber = randomIdNumber();
  const person = await createPerson(clerk, { idNumber, name: "王海军", mobile: "13800138000", orgUnitId: unit.id });
  if (!person.created) throw new Error("expected a new person");
  const profile = await db.subjectProfile.create({
    data: {
      personId: person.id, categories: ["DISCHARGED_SOLDIER"], primaryCategory: "DISCHARGED_SOLDIER", collectedById: clerk.userId,
      collectionChannel: "WINDOW", orgUnitId: unit.id, orgPath: unit.path, status,
    },
  });
  return { profile, idNumber, personId: person.id };
}

async function setup() {
  const tree = await makeTree();
  const [clerkA, reviewerA, clerkB, reviewerB, villageReviewerB, districtReviewer] = await Promise.all([
    makeUser(tree.townA, "CLERK"), makeUser(tree.townA, "REVIEWER"), makeUser(tree.townB, "CLERK"), makeUser(tree.townB, "REVIEWER"),
    makeUser(tree.villageB, "REVIEWER"), makeUser(tree.district, "REVIEWER"),
  ]);
  return { tree, clerkA, reviewerA, clerkB, reviewerB, villageReviewerB, districtReviewer };
}

describe("profile transfers (IC-11, ORG-25)", () => {
  it("both sides see the request; the receiver gets a summary only until it accepts; everything moves on accept", async () => {
    const s = await setup();
    const { profile, personId } = await makeProfile(s.tree.villageA, s.clerkA.scope);
    await db.profileReturn.create({ data: { profileId: profile.id, fromStatus: "PENDING_CITY", defects: [], returnedById: s.reviewerA.user.id, orgPath: profile.orgPath } });

    await expect(requestProfileTransfer(s.clerkB.scope, { profileId: profile.id, toOrgUnitId: s.tree.villageB.id, reason: "户籍迁入" })).rejects.toBeInstanceOf(NotFound);
    await expect(requestProfileTransfer(s.clerkA.scope, { profileId: profile.id, toOrgUnitId: s.tree.district.id, reason: "户籍迁入" })).rejects.toBeInstanceOf(NotFound);
    const { transferId } = await requestProfileTransfer(s.clerkA.scope, { profileId: profile.id, toOrgUnitId: s.tree.villageB.id, reason: "户籍迁往乙一社区" });
    await expect(requestProfileTransfer(s.clerkA.scope, { profileId: profile.id, toOrgUnitId: s.tree.townB.id, reason: "再次" })).rejects.toBeInstanceOf(Conflict);

    const outgoing = await listTransfers(s.clerkA.scope, { direction: "outgoing" });
    expect(outgoing.map((t) => t.id)).toContain(transferId);
    const incoming = await listTransfers(s.villageReviewerB.scope, { direction: "incoming" });
    const row = incoming.find((t) => t.id === transferId)!;
    expect(row).toMatchObject({ personName: "王海军", categories: ["DISCHARGED_SOLDIER"] });
    expect(row.idMasked).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    expect(row.actions.map((a) => a.action)).toEqual(["accept", "reject"]);
    await expect(loadProfileInScope(s.villageReviewerB.scope, profile.id)).rejects.toBeInstanceOf(NotFound);

    await expect(acceptProfileTransfer(s.clerkB.scope, { transferId, version: 0 })).rejects.toBeInstanceOf(Forbidden); // clerk
    await expect(acceptProfileTransfer(s.reviewerA.scope, { transferId, version: 0 })).rejects.toBeInstanceOf(InvalidTransition); // sending side
    await expect(acceptProfileTransfer(s.districtReviewer.scope, { transferId, version: 0 })).rejects.toBeInstanceOf(Forbidden); // level
    await expect(acceptProfileTransfer(s.villageReviewerB.scope, { transferId, version: 3 })).rejects.toBeInstanceOf(Conflict);
    await acceptProfileTransfer(s.villageReviewerB.scope, { transferId, version: 0 });

    const [person, moved, ret] = await Promise.all([
      db.person.findUniqueOrThrow({ where: { id: personId } }),
      db.subjectProfile.findUniqueOrThrow({ where: { id: profile.id } }),
      db.profileReturn.findFirstOrThrow({ where: { profileId: profile.id } }),
    ]);
    expect([person.orgUnitId, person.orgPath, moved.orgUnitId, moved.orgPath, ret.orgPath]).toEqual([
      s.tree.villageB.id, s.tree.villageB.path, s.tree.villageB.id, s.tree.villageB.path, s.tree.villageB.path,
    ]);
    expect(moved.exportDirty).toBe(true);
    await expect(loadProfileInScope(s.clerkA.scope, profile.id)).rejects.toBeInstanceOf(NotFound);
    await expect(loadProfileInScope(s.clerkB.scope, profile.id)).resolves.toMatchObject({ id: profile.id });
    expect(await db.statusHistory.count({ where: { entityId: transferId, action: "accept" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: profile.id, action: "UPDATE" } })).toBe(1);
  });

  it("reject needs a reason; the sender may cancel; a profile under review cannot move", async () => {
    const s = await setup();
    const { profile } = await makeProfile(s.tree.villageA, s.clerkA.scope);
    const t1 = await requestProfileTransfer(s.clerkA.scope, { profileId: profile.id, toOrgUnitId: s.tree.townB.id, reason: "户籍迁入乙街道" });
    await expect(rejectProfileTransfer(s.reviewerB.scope, { transferId: t1.transferId, version: 0 })).rejects.toBeInstanceOf(InvalidTransition);
    await rejectProfileTransfer(s.reviewerB.scope, { transferId: t1.transferId, version: 0, note: "户籍尚未迁入" });
    const t2 = await requestProfileTransfer(s.clerkA.scope, { profileId: profile.id, toOrgUnitId: s.tree.townB.id, reason: "户籍已迁入" });
    await expect(cancelProfileTransfer(s.clerkB.scope, { transferId: t2.transferId, version: 0 })).rejects.toBeInstanceOf(InvalidTransition);
    await cancelProfileTransfer(s.clerkA.scope, { transferId: t2.transferId, version: 0 });
    expect((await db.subjectProfile.findUniqueOrThrow({ where: { id: profile.id } })).orgUnitId).toBe(s.tree.villageA.id);

    const pending = await makeProfile(s.tree.villageA, s.clerkA.scope, "PENDING_DISTRICT");
    await expect(requestProfileTransfer(s.clerkA.scope, { profileId: pending.profile.id, toOrgUnitId: s.tree.townB.id, reason: "迁入" })).rejects.toBeInstanceOf(InvalidTransition);
  });
});

describe("service-access and transfer requests (ORG-23)", () => {
  it("an approved SERVICE_ACCESS lets the requesting unit read the summary for 30 days", async () => {
    const s = await setup();
    const { idNumber, personId } = await makeProfile(s.tree.villageA, s.clerkA.scope);
    await expect(requestServiceAccess(s.clerkA.scope, { idNumber, kind: "SERVICE_ACCESS", reason: "本单位人员" })).rejects.toBeInstanceOf(FieldError);
    const { requestId } = await requestServiceAccess(s.clerkB.scope, { idNumber, kind: "SERVICE_ACCESS", reason: "窗口办理就业登记" });
    await expect(getProfileSummaryWithAccess(s.clerkB.scope, personId)).rejects.toBeInstanceOf(NotFound);
    const outgoing = await listAccessRequests(s.clerkB.scope, "outgoing");
    expect(outgoing.find((r) => r.id === requestId)).toMatchObject({ personName: null, status: "REQUESTED" });

    await expect(decideServiceAccess(s.reviewerB.scope, { requestId, approve: true })).rejects.toBeInstanceOf(NotFound); // not the owner
    await expect(decideServiceAccess(s.clerkA.scope, { requestId, approve: true })).rejects.toBeInstanceOf(Forbidden);
    await decideServiceAccess(s.reviewerA.scope, { requestId, approve: true });

    const summary = await getProfileSummaryWithAccess(s.clerkB.scope, personId);
    expect(summary).toMatchObject({ name: "王海军", profile: { categories: ["DISCHARGED_SOLDIER"] } });
    expect(summary.grantExpiresAt!.getTime() - Date.now()).toBeGreaterThan(29 * 86_400_000);
    const other = await makeUser((await makeTree()).townA, "CLERK"); // a unit with no grant
    await expect(getProfileSummaryWithAccess(other.scope, personId)).rejects.toBeInstanceOf(NotFound);

    await db.serviceAccessRequest.update({ where: { id: requestId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(getProfileSummaryWithAccess(s.clerkB.scope, personId)).rejects.toBeInstanceOf(NotFound);
  });

  it("an approved TRANSFER_REQUEST opens a transfer to the requesting unit", async () => {
    const s = await setup();
    const { idNumber, profile } = await makeProfile(s.tree.villageA, s.clerkA.scope);
    const { requestId } = await requestServiceAccess(s.clerkB.scope, { idNumber, kind: "TRANSFER_REQUEST", reason: "户籍已迁入乙街道" });
    await expect(decideServiceAccess(s.reviewerA.scope, { requestId, approve: false })).rejects.toBeInstanceOf(InvalidTransition); // reason needed
    await decideServiceAccess(s.reviewerA.scope, { requestId, approve: true });
    const t = await db.profileTransfer.findFirstOrThrow({ where: { profileId: profile.id, status: "REQUESTED" } });
    expect(t.toOrgUnitId).toBe(s.tree.townB.id);
    await acceptProfileTransfer(s.reviewerB.scope, { transferId: t.id, version: 0 });
    expect((await db.subjectProfile.findUniqueOrThrow({ where: { id: profile.id } })).orgPath).toBe(s.tree.townB.path);
  });
});
