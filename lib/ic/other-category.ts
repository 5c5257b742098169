import "server-only";
import { z } from "zod";
import { db } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { Conflict, DomainError, Forbidden, NotFound } from "@/lib/core/errors";
import { assertCan } from "@/lib/core/permissions";
import { inScope, type Scope } from "@/lib/core/scope";

export const OtherCategoryConsentInput = z.object({ profileId: z.string().min(1), version: z.number().int().nonnegative() });
export type OtherCategoryConsentInput = z.infer<typeof OtherCategoryConsentInput>;

/**
 * §3.1.1 row OTHER: "creating it needs DISTRICT_REVIEWER approval". The consent is separate from
 * the review chain: it unlocks submission; the district still reviews the file as usual.
 */
export async function consentOtherCategory(scope: Scope, raw: OtherCategoryConsentInput) {
  assertCan(scope, "ic.review");
  if (scope.level !== "DISTRICT") throw new Forbidden("“其他人员”类别须由区级审核人员同意");
  const input = OtherCategoryConsentInput.parse(raw);
  const profile = await db.subjectProfile.findFirst({ where: { id: input.profileId, deletedAt: null, ...inScope(scope) } });
  if (!profile) throw new NotFound("采集档案不存在或不在您的管辖范围内");
  if (!profile.categories.includes("OTHER")) throw new DomainError("该档案不属于“其他人员”类别");
  if (profile.otherCategoryApprovedAt) throw new DomainError("已同意过该类别");
  if (profile.collectedById === scope.userId) throw new Forbidden("不能同意本人采集的档案");
  await db.$transaction(async (tx) => {
    const { count } = await tx.subjectProfile.updateMany({
      where: { id: profile.id, version: input.version },
      data: { otherCategoryApprovedAt: new Date(), otherCategoryApprovedById: scope.userId, version: { increment: 1 } },
    });
    if (count !== 1) throw new Conflict();
    await writeAudit(tx, actorOf(scope), {
      action: "APPROVE", entityType: "SubjectProfile", entityId: profile.id, personId: profile.personId, orgPath: profile.orgPath,
      reason: `同意“其他人员”类别：${profile.otherCategoryNote ?? ""}`,
    });
  });
}
