import "server-only";
import { db } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { Conflict, DomainError, NotFound } from "@/lib/core/errors";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { inScope, type Scope } from "@/lib/core/scope";
import { ACTIVE_STATUSES } from "./workflow";

import { ProfileVerifyInput } from "./verification-schemas";

/** IC-20 / AMB-08: an active profile is confirmed at least every 12 months (R-IC-1). */
export const VERIFY_INTERVAL_MONTHS = 12;

/**
 * IC-20 "定期更新": the clerk confirms, with the person, that the file is still right. Changes
 * found go through contact edits or a change set (IC-09); this records that the check happened.
 */
export async function verifyProfile(scope: Scope, raw: ProfileVerifyInput) {
  const input = ProfileVerifyInput.parse(raw);
  const profile = await db.subjectProfile.findFirst({ where: { id: input.profileId, deletedAt: null, ...inScope(scope) } });
  if (!profile) throw new NotFound("采集档案不存在或不在您的管辖范围内");
  if (!ACTIVE_STATUSES.includes(profile.status)) throw new DomainError("只有审核通过的档案需要年度核实");
  const today = todayInShanghai();
  await db.$transaction(async (tx) => {
    const { count } = await tx.subjectProfile.updateMany({
      where: { id: profile.id, version: input.version },
      data: { lastVerifiedAt: new Date(`${today}T00:00:00Z`), lastVerifiedById: scope.userId, version: { increment: 1 }, updatedById: scope.userId },
    });
    if (count !== 1) throw new Conflict();
    await writeAudit(tx, actorOf(scope), {
      action: "UPDATE", entityType: "SubjectProfile", entityId: profile.id, personId: profile.personId, orgPath: profile.orgPath,
      reason: `年度核实${input.note ? `：${input.note}` : ""}`,
      diff: { lastVerifiedAt: { from: profile.lastVerifiedAt?.toISOString().slice(0, 10) ?? null, to: today } },
    });
  });
}
