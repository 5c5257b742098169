import "server-only";
import { NotFound } from "@/lib/core/errors";
import { scopedDb, type Scope } from "@/lib/core/scope";
import type { Tx } from "@/lib/core/db";

/**
 * Loads the profile through the caller's scope. Checklist rows and attachments are children and
 * are only ever looked up under a profile loaded here (STYLE.md; Formbricks ENG-2290).
 */
export async function loadProfileInScope(scope: Pick<Scope, "orgPath">, profileId: string) {
  const profile = await scopedDb(scope).subjectProfile.findFirst({
    where: { id: profileId, deletedAt: null },
    select: { id: true, status: true, orgPath: true, orgUnitId: true, personId: true, paperFile: true },
  });
  if (!profile) throw new NotFound("档案不存在或不在您的管辖范围内");
  return profile;
}

export type ScopedProfile = Awaited<ReturnType<typeof loadProfileInScope>>;

/** A checklist row of an already scope-checked profile. */
export async function loadCheckOfProfile(tx: Tx, profileId: string, checkId: string) {
  const check = await tx.sourceDocumentCheck.findFirst({ where: { id: checkId, profileId } });
  if (!check) throw new NotFound("核验清单中没有这一项");
  return check;
}
