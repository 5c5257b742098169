import "server-only";
import { db } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { assertCan } from "@/lib/core/permissions";
import { Conflict, InvalidTransition } from "@/lib/core/errors";
import { nextCounterValue } from "@/lib/core/doc-number";
import type { Scope } from "@/lib/core/scope";
import { loadProfileInScope } from "@/lib/ic/documents/load";
import { CardIssueInput } from "./schemas";
import { loadServiceStaff } from "./staff";
import { parseInput } from "@/lib/core/parse-input";

/** IC-08 (c): a PROFILE card counts, and so does a RETURN_HOME card issued at the return-home registration. */
export const FOUR_ONES_CARD_PURPOSES = ["PROFILE", "RETURN_HOME"] as const;

/**
 * Issues the "一人一卡" card (purpose PROFILE). One per person: a lost card is reprinted with the
 * same number, not issued again. Card number `{unitCode}-{seq6}` from the owning unit's counter.
 */
export async function issueProfileCard(scope: Scope, raw: CardIssueInput) {
  assertCan(scope, "ic.write");
  const input = parseInput(CardIssueInput, raw);
  const profile = await loadProfileInScope(scope, input.profileId);
  if (profile.status === "INACTIVE") throw new InvalidTransition("已注销的档案不能发放服务卡");
  const staff = await loadServiceStaff(profile.orgPath, input.staffId, "staffId");
  const unit = await db.orgUnit.findUniqueOrThrow({ where: { id: profile.orgUnitId }, select: { code: true } });
  return db.$transaction(async (tx) => {
    // Serialise issuing per person so two clerks clicking at once cannot both create a card.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"card:" + profile.personId}))`;
    const existing = await tx.contactServiceCard.findFirst({ where: { personId: profile.personId, purpose: { in: [...FOUR_ONES_CARD_PURPOSES] } } });
    if (existing) throw new Conflict(`该人员已有服务卡（卡号 ${existing.cardNo}），请直接打印`);
    const seq = await nextCounterValue(tx, `CARD:${unit.code}`);
    const card = await tx.contactServiceCard.create({
      data: {
        cardNo: `${unit.code}-${String(seq).padStart(6, "0")}`, purpose: "PROFILE", personId: profile.personId,
        staffId: staff.id, officePhone: input.officePhone, windowNo: input.windowNo || null,
        orgUnitId: profile.orgUnitId, orgPath: profile.orgPath,
      },
    });
    await writeAudit(tx, actorOf(scope), {
      action: "CREATE", entityType: "ContactServiceCard", entityId: card.id, personId: profile.personId, orgPath: profile.orgPath,
      diff: { cardNo: card.cardNo, purpose: card.purpose, staff: staff.displayName },
    });
    return card;
  });
}
