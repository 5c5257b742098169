import "server-only";
import type { Tx } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { Conflict, InvalidTransition } from "@/lib/core/errors";
import type { Scope } from "@/lib/core/scope";
import type { ProfileStatus } from "@/lib/generated/prisma/enums";

/** A record under review belongs to the reviewers of its current unit; it moves when the step is done. */
export const UNDER_REVIEW: readonly ProfileStatus[] = ["PENDING_INITIAL", "PENDING_DISTRICT", "PENDING_CITY"];

type Move = { personId: string; fromOrgUnitId: string; to: { id: string; path: string; name: string }; reason: string };

/**
 * ORG-21 / IC-11: the owner changes only by a transfer. Person, profile and every child row that
 * carries an orgPath move in the caller's transaction, so the receiving subtree sees the whole file
 * at once and the sending one stops seeing it. Status history and audit events stay as written
 * (history is kept); one UPDATE event records the move.
 */
export async function moveOwnership(tx: Tx, scope: Scope, m: Move) {
  const person = await tx.person.findUniqueOrThrow({ where: { id: m.personId }, select: { id: true, orgUnitId: true, orgPath: true, version: true } });
  if (person.orgUnitId !== m.fromOrgUnitId) throw new Conflict("该人员的所属单位已发生变化，请刷新后重试");
  const profile = await tx.subjectProfile.findUnique({ where: { personId: person.id }, select: { id: true, status: true, version: true } });
  if (profile && UNDER_REVIEW.includes(profile.status)) throw new InvalidTransition("档案正在审核中，请待本环节审核办结后再办理迁移");

  const moved = { orgUnitId: m.to.id, orgPath: m.to.path };
  await tx.person.update({ where: { id: person.id }, data: { ...moved, version: { increment: 1 }, updatedById: scope.userId } });
  await tx.contactServiceCard.updateMany({ where: { personId: person.id }, data: moved });
  // Pending requests are now the new owner's to decide; granted access stays with its grantee.
  await tx.serviceAccessRequest.updateMany({ where: { personId: person.id }, data: { orgPath: m.to.path } });
  if (profile) {
    const { count } = await tx.subjectProfile.updateMany({
      where: { id: profile.id, version: profile.version },
      // The hukou unit is a core field (IC-09): the province hears of it in the next DELTA export.
      data: { ...moved, exportDirty: true, version: { increment: 1 }, updatedById: scope.userId },
    });
    if (count !== 1) throw new Conflict();
    const path = { orgPath: m.to.path };
    await tx.profileReturn.updateMany({ where: { profileId: profile.id }, data: path });
    await tx.profileChangeSet.updateMany({ where: { profileId: profile.id }, data: path });
    await tx.servicePlan.updateMany({ where: { profileId: profile.id }, data: path });
    await tx.attachment.updateMany({ where: { check: { profileId: profile.id } }, data: path });
  }
  await writeAudit(tx, actorOf(scope), {
    action: "UPDATE", entityType: profile ? "SubjectProfile" : "Person", entityId: profile?.id ?? person.id, personId: person.id,
    orgPath: m.to.path, reason: m.reason,
    diff: { orgUnitId: { from: person.orgUnitId, to: m.to.id }, orgPath: { from: person.orgPath, to: m.to.path }, toUnit: m.to.name },
  });
}
