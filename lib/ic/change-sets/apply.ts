import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { Conflict, InvalidTransition } from "@/lib/core/errors";
import type { Scope } from "@/lib/core/scope";
import { ACTIVE_STATUSES } from "@/lib/ic/workflow";
import { GROUPS } from "@/lib/ic/groups";
import { ChangeProposal, type CoreGroupKey } from "./schemas";


/**
 * IC-09: on the city's approval the proposal becomes the live profile, in the approving
 * transaction — all of it or none. One UPDATE audit event carries the before/after diff, and the
 * profile is marked for the next DELTA export.
 */
export async function applyChangeSet(tx: Tx, scope: Scope, cs: { id: string; profileId: string; proposed: unknown; summary: string | null }) {
  const proposal = ChangeProposal.parse(cs.proposed);
  const profile = await tx.subjectProfile.findUniqueOrThrow({
    where: { id: cs.profileId },
    select: { id: true, status: true, version: true, orgPath: true, categories: true, primaryCategory: true, otherCategoryNote: true, personId: true, person: { select: { name: true } } },
  });
  if (!ACTIVE_STATUSES.includes(profile.status)) throw new InvalidTransition("档案已不在有效状态（可能已注销），变更不能生效，请退回");
  const diff: Record<string, unknown> = {};
  const data: Prisma.SubjectProfileUpdateManyMutationInput = {};

  if (proposal.name !== undefined && proposal.name !== profile.person.name) {
    await tx.person.update({ where: { id: profile.personId }, data: { name: proposal.name, version: { increment: 1 }, updatedById: scope.userId } });
    diff.name = { from: profile.person.name, to: proposal.name };
  }
  if (proposal.categories) {
    data.categories = proposal.categories;
    diff.categories = { from: profile.categories, to: proposal.categories };
  }
  if (proposal.primaryCategory && proposal.primaryCategory !== profile.primaryCategory) {
    data.primaryCategory = proposal.primaryCategory;
    diff.primaryCategory = { from: profile.primaryCategory, to: proposal.primaryCategory };
  }
  if (proposal.otherCategoryNote !== undefined && proposal.otherCategoryNote !== profile.otherCategoryNote) {
    data.otherCategoryNote = proposal.otherCategoryNote;
    diff.otherCategoryNote = { from: profile.otherCategoryNote, to: proposal.otherCategoryNote };
  }
  for (const [key, g] of Object.entries(proposal.groups ?? {})) {
    if (!g) continue;
    const where = { profileId_group: { profileId: profile.id, group: key as keyof NonNullable<ChangeProposal["groups"]> } };
    const before = await tx.profileGroup.findUnique({ where, select: { data: true, markedNone: true } });
    const doc = g.data as Prisma.InputJsonValue;
    await tx.profileGroup.upsert({
      where,
      create: { profileId: profile.id, group: where.profileId_group.group, data: doc, markedNone: g.markedNone, updatedById: scope.userId },
      update: { data: doc, markedNone: g.markedNone, updatedById: scope.userId },
    });
    // A group with SENSITIVE paths (the registry's `sensitive`, ORG-26) records only that it changed.
    diff[`group.${key}`] = GROUPS[key as CoreGroupKey].sensitive.length ? { changed: true } : { from: before ?? null, to: g };
  }

  const { count } = await tx.subjectProfile.updateMany({
    where: { id: profile.id, version: profile.version },
    data: { ...data, exportDirty: true, version: { increment: 1 }, updatedById: scope.userId },
  });
  if (count !== 1) throw new Conflict();
  await writeAudit(tx, actorOf(scope), {
    action: "UPDATE", entityType: "SubjectProfile", entityId: profile.id, personId: profile.personId, orgPath: profile.orgPath,
    reason: `变更申请生效：${cs.summary ?? ""}`.slice(0, 200), diff: { changeSetId: cs.id, ...diff },
  });
}
