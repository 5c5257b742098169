import "server-only";
import { db } from "@/lib/core/db";
import { fieldDiff, writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { assertCan } from "@/lib/core/permissions";
import { FieldError, InvalidTransition } from "@/lib/core/errors";
import { todayInShanghai } from "@/lib/core/calendar-math";
import type { Scope } from "@/lib/core/scope";
import { loadProfileInScope } from "@/lib/ic/documents/load";
import { PaperFileInput, PaperFileLocation } from "./schemas";
import { selfAndAncestorPaths } from "./staff";
import { parseInput } from "@/lib/core/parse-input";

/** The stored location, or null when absent or not in the IC-07 shape. */
export function readPaperFile(json: unknown): PaperFileLocation | null {
  const parsed = PaperFileLocation.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/**
 * IC-07 / errata A2: recorded from DRAFT on, required before the initial approval (the review
 * workflow's `hasPaperFile` guard). The folder may move later, so any status but INACTIVE may
 * update it; the change is audited.
 */
export async function savePaperFile(scope: Scope, raw: PaperFileInput): Promise<PaperFileLocation> {
  assertCan(scope, "ic.write");
  const { profileId, ...input } = parseInput(PaperFileInput, raw);
  const profile = await loadProfileInScope(scope, profileId);
  if (profile.status === "INACTIVE") throw new InvalidTransition("已注销的档案不能修改纸质档案存放位置");
  if (input.lastCheckedOn > todayInShanghai()) throw new FieldError("lastCheckedOn", "最近核查日期不能晚于今天");
  const custodian = await db.orgUnit.findFirst({
    where: { id: input.custodianOrgUnitId, active: true, path: { in: selfAndAncestorPaths(profile.orgPath) } },
    select: { id: true },
  });
  if (!custodian) throw new FieldError("custodianOrgUnitId", "保管单位应为档案所属单位或其上级单位");
  const before = readPaperFile(profile.paperFile);
  await db.$transaction(async (tx) => {
    await tx.subjectProfile.update({ where: { id: profile.id }, data: { paperFile: input, updatedById: scope.userId } });
    await writeAudit(tx, actorOf(scope), {
      action: "UPDATE", entityType: "SubjectProfile", entityId: profile.id, personId: profile.personId, orgPath: profile.orgPath,
      diff: { paperFile: fieldDiff(before ?? {}, input) },
    });
  });
  return input;
}
