import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db, type Tx } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { Conflict, FieldError, InvalidTransition } from "@/lib/core/errors";
import type { Scope } from "@/lib/core/scope";
import { fireTransition } from "@/lib/core/workflow";
import { ACTIVE_STATUSES } from "@/lib/ic/workflow";
import { initialReviewUnitId } from "@/lib/ic/review/initial-review";
import { loadProfileInScope, lockProfileRow } from "@/lib/ic/review/load";
import { defectsSummary } from "@/lib/ic/review/services";
import { applyChangeSet } from "./apply";
import { parseGroupProposal } from "./group-docs";
import { loadChangeSetInScope, type LoadedChangeSet } from "./load";
import {
  ChangeSetApproveInput, ChangeSetCreateInput, ChangeSetRef, ChangeSetReturnInput, type ChangeProposal,
} from "./schemas";
import { changeSetWorkflow, OPEN_CHANGE_SET_STATUSES, type ChangeSetAction } from "./workflow";

type Step = { action: ChangeSetAction; reason?: string; after?: (tx: Tx, cs: LoadedChangeSet) => Promise<void> };

/** As for profiles: scope, version, engine (history + audit) in one transaction. */
async function runStep(scope: Scope, ref: { changeSetId: string; version: number }, step: Step) {
  const cs = await loadChangeSetInScope(scope, ref.changeSetId);
  if (cs.version !== ref.version) throw new Conflict();
  return db.$transaction(async (tx) => {
    const to = await fireTransition(tx, changeSetWorkflow, scope, {
      record: { id: cs.id, status: cs.status, orgPath: cs.orgPath, personId: cs.profile.personId, facts: { initialReviewUnitId: await initialReviewUnitId(tx, cs.profile.orgUnitId) } },
      action: step.action,
      reason: step.reason,
      commit: async (t, next) =>
        (await t.profileChangeSet.updateMany({ where: { id: cs.id, version: ref.version, status: cs.status }, data: { status: next, statusSince: new Date(), version: { increment: 1 } } })).count,
    });
    await step.after?.(tx, cs);
    return { changeSetId: cs.id, status: to, version: ref.version + 1 };
  });
}

/** What differs from the live values; "no change" is refused rather than sent up the chain. */
async function buildProposal(input: ReturnType<typeof ChangeSetCreateInput.parse>, live: { name: string; categories: string[]; primaryCategory: string; otherCategoryNote: string | null }) {
  const proposal: ChangeProposal = {};
  if (input.name && input.name !== live.name) proposal.name = input.name;
  if (input.changeCategories) {
    const categories = input.categories ?? [];
    const same = categories.length === live.categories.length && categories.every((c) => live.categories.includes(c));
    if (!same || input.primaryCategory !== live.primaryCategory || (input.otherCategoryNote || null) !== live.otherCategoryNote) {
      proposal.categories = categories;
      proposal.primaryCategory = input.primaryCategory;
      proposal.otherCategoryNote = categories.includes("OTHER") ? input.otherCategoryNote || null : null;
    }
  }
  if (input.groupKey) {
    proposal.groups = { [input.groupKey]: { data: parseGroupProposal(input.groupKey, input.groupData ?? {}, input.groupMarkedNone), markedNone: input.groupMarkedNone } };
  }
  if (Object.keys(proposal).length === 0) throw new FieldError("summary", "所填内容与现有信息相同，无需变更");
  return proposal;
}

/**
 * IC-09: composes a change set for an approved profile and submits it to the initial review in the
 * same transaction. Only one change set is open per profile, so approvals never overwrite each other.
 */
export async function createChangeSet(scope: Scope, raw: ChangeSetCreateInput) {
  const input = ChangeSetCreateInput.parse(raw);
  const profile = await loadProfileInScope(scope, input.profileId);
  if (!ACTIVE_STATUSES.includes(profile.status)) throw new InvalidTransition("仅市级审核通过的档案需走变更申请；审核通过前请直接修改档案");
  const person = await db.person.findUniqueOrThrow({ where: { id: profile.personId }, select: { name: true } });
  const proposal = await buildProposal(input, { ...profile, name: person.name });
  return db.$transaction(async (tx) => {
    await lockProfileRow(tx, profile.id);
    const open = await tx.profileChangeSet.count({ where: { profileId: profile.id, status: { in: OPEN_CHANGE_SET_STATUSES } } });
    if (open > 0) throw new Conflict("该档案已有进行中的变更申请，请待其办结或撤回后再发起");
    const cs = await tx.profileChangeSet.create({
      data: { profileId: profile.id, proposed: proposal as Prisma.InputJsonValue, summary: input.summary, orgPath: profile.orgPath, createdById: scope.userId },
    });
    await writeAudit(tx, actorOf(scope), {
      action: "CREATE", entityType: "ProfileChangeSet", entityId: cs.id, personId: profile.personId, orgPath: profile.orgPath,
      reason: input.summary, diff: { profileId: profile.id, fields: Object.keys(proposal), groups: Object.keys(proposal.groups ?? {}) },
    });
    await fireTransition(tx, changeSetWorkflow, scope, {
      record: { id: cs.id, status: cs.status, orgPath: cs.orgPath, personId: profile.personId },
      action: "submit",
      commit: async (t, next) =>
        (await t.profileChangeSet.updateMany({ where: { id: cs.id, version: cs.version }, data: { status: next, statusSince: new Date(), version: { increment: 1 } } })).count,
    });
    return { changeSetId: cs.id };
  });
}

/** The review chain; the city's approval applies the proposal to the live profile (apply.ts). */
export async function approveChangeSet(scope: Scope, raw: ChangeSetApproveInput) {
  const input = ChangeSetApproveInput.parse(raw);
  return runStep(scope, input, {
    action: input.action,
    after: input.action === "approveCity" ? (tx, cs) => applyChangeSet(tx, scope, cs) : undefined,
  });
}

export async function returnChangeSet(scope: Scope, raw: ChangeSetReturnInput) {
  const input = ChangeSetReturnInput.parse(raw);
  return runStep(scope, input, {
    action: "return",
    reason: defectsSummary(input.defects),
    after: async (tx, cs) => {
      await tx.profileReturn.create({
        data: { profileId: cs.profileId, changeSetId: cs.id, fromStatus: cs.status, defects: input.defects, returnedById: scope.userId, orgPath: cs.orgPath },
      });
    },
  });
}

export async function withdrawChangeSet(scope: Scope, raw: ChangeSetRef) {
  const input = ChangeSetRef.parse(raw);
  return runStep(scope, input, { action: "withdraw" });
}
