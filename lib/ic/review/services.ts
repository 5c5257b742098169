import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db, type Tx } from "@/lib/core/db";
import { Conflict } from "@/lib/core/errors";
import type { Scope } from "@/lib/core/scope";
import { fireTransition } from "@/lib/core/workflow";
import { assessStoredProfile } from "@/lib/ic/assessment";
import { INACTIVE_REASON_LABELS } from "@/lib/ic/labels";
import { profileWorkflow, type ProfileAction, type ProfileFacts } from "@/lib/ic/workflow";
import { defectFieldLabel } from "./defect-fields";
import { allocateFileNo } from "./file-no";
import { initialReviewUnitId } from "./initial-review";
import { hasPaperFileLocation, loadProfileInScope, type ReviewProfile } from "./load";
import {
  ApproveProfileInput, DeactivateProfileInput, ProfileRef, ReturnProfileInput, type Defect,
} from "./schemas";

type Step = {
  action: ProfileAction;
  reason?: string;
  /** Columns written together with the new status (fileNo, inactiveReason, exportDirty…). */
  data?: (tx: Tx, p: ReviewProfile) => Promise<Prisma.SubjectProfileUpdateManyMutationInput>;
  /** Rows written after the transition, in the same transaction (a ProfileReturn…). */
  after?: (tx: Tx, p: ReviewProfile) => Promise<void>;
};

/** What the guards of lib/ic/workflow.ts read (ProfileFacts). */
export async function profileFacts(tx: Tx, p: ReviewProfile, withBlockers: boolean): Promise<ProfileFacts> {
  return {
    initialReviewUnitId: await initialReviewUnitId(tx, p.orgUnitId),
    hasPaperFile: hasPaperFileLocation(p.paperFile),
    ...(withBlockers ? { blockers: (await assessStoredProfile(tx, p.id)).blockers } : {}),
  };
}

/**
 * Every review write goes through here: the profile is loaded through the scope (NotFound
 * outside it), the caller's version must be current (Conflict, never a silent overwrite), and
 * the engine checks the transition and writes status history + audit in the same transaction.
 */
async function runStep(scope: Scope, ref: { profileId: string; version: number }, step: Step) {
  const p = await loadProfileInScope(scope, ref.profileId);
  if (p.version !== ref.version) throw new Conflict();
  return db.$transaction(async (tx) => {
    const facts = await profileFacts(tx, p, step.action === "submit");
    const to = await fireTransition(tx, profileWorkflow, scope, {
      record: { id: p.id, status: p.status, orgPath: p.orgPath, personId: p.personId, facts },
      action: step.action,
      reason: step.reason,
      commit: async (t, next) => {
        const extra = step.data ? await step.data(t, p) : {};
        const { count } = await t.subjectProfile.updateMany({
          where: { id: p.id, version: ref.version, status: p.status },
          data: { ...extra, status: next, statusSince: new Date(), version: { increment: 1 }, updatedById: scope.userId },
        });
        return count;
      },
    });
    await step.after?.(tx, p);
    const row = await tx.subjectProfile.findUniqueOrThrow({ where: { id: p.id }, select: { status: true, version: true, fileNo: true } });
    return { profileId: p.id, status: to, version: row.version, fileNo: row.fileNo };
  });
}

/** DRAFT/RETURNED → PENDING_INITIAL: IC-03/04/05/06 must hold (blockers empty); open returns are answered. */
export async function submitProfile(scope: Scope, raw: ProfileRef) {
  const input = ProfileRef.parse(raw);
  return runStep(scope, input, {
    action: "submit",
    after: async (tx, p) => {
      await tx.profileReturn.updateMany({ where: { profileId: p.id, changeSetId: null, resolvedAt: null }, data: { resolvedAt: new Date() } });
    },
  });
}

/**
 * The three approvals of §3.1.4. The initial one assigns the file number (once: a profile
 * returned and re-approved keeps it). Each approval marks the profile for the next DELTA export.
 */
export async function approveProfile(scope: Scope, raw: ApproveProfileInput) {
  const input = ApproveProfileInput.parse(raw);
  return runStep(scope, input, {
    action: input.action,
    data: async (tx, p) => ({
      exportDirty: true,
      ...(input.action === "approveInitial" && !p.fileNo ? { fileNo: await allocateFileNo(tx, p.orgPath) } : {}),
    }),
  });
}

export function defectsSummary(defects: readonly Defect[]): string {
  return defects.map((d) => `${defectFieldLabel(d.field)}：${d.reason}`).join("；");
}

/** PENDING_* → RETURNED with the defect list (field + reason, at least one) kept as a ProfileReturn. */
export async function returnProfile(scope: Scope, raw: ReturnProfileInput) {
  const input = ReturnProfileInput.parse(raw);
  return runStep(scope, input, {
    action: "return",
    reason: defectsSummary(input.defects),
    after: async (tx, p) => {
      await tx.profileReturn.create({
        data: { profileId: p.id, fromStatus: p.status, defects: input.defects, returnedById: scope.userId, orgPath: p.orgPath },
      });
    },
  });
}

/** §3.1.4 "any active → INACTIVE": the reason is kept and the next DELTA export carries it. */
export async function deactivateProfile(scope: Scope, raw: DeactivateProfileInput) {
  const input = DeactivateProfileInput.parse(raw);
  return runStep(scope, input, {
    action: "deactivate",
    reason: `${INACTIVE_REASON_LABELS[input.reason]}：${input.note}`,
    data: async () => ({ inactiveReason: input.reason, exportDirty: true }),
  });
}
