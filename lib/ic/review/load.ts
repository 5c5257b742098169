import "server-only";
import type { Tx } from "@/lib/core/db";
import { NotFound } from "@/lib/core/errors";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { PaperFileLocation } from "@/lib/ic/four-ones/schemas";

const REVIEW_PROFILE_SELECT = {
  id: true, status: true, statusSince: true, orgPath: true, orgUnitId: true, personId: true, version: true,
  fileNo: true, paperFile: true, categories: true, primaryCategory: true, otherCategoryNote: true, inactiveReason: true,
} as const;

/** Loads a profile through the caller's scope; outside it the profile does not exist (STYLE.md). */
export async function loadProfileInScope(scope: Scope, profileId: string) {
  const p = await scopedDb(scope).subjectProfile.findFirst({ where: { id: profileId, deletedAt: null }, select: REVIEW_PROFILE_SELECT });
  if (!p) throw new NotFound("档案不存在或不在您的管辖范围内");
  return p;
}

export type ReviewProfile = Awaited<ReturnType<typeof loadProfileInScope>>;

/**
 * IC-07 / errata A2: a complete paper-file location (the four-ones form's own schema) is recorded
 * before the initial approval.
 */
export function hasPaperFileLocation(paperFile: unknown): boolean {
  return PaperFileLocation.safeParse(paperFile).success;
}

/** Serialises "at most one open X per profile" checks (change sets, transfers) between concurrent requests. */
export async function lockProfileRow(tx: Tx, profileId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "SubjectProfile" WHERE "id" = ${profileId} FOR UPDATE`;
}
