import "server-only";
import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { DomainError, NotFound } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { loadBadReviewInScope } from "../bad-review-load";
import { RevealContactInput } from "../schemas";

/**
 * the revisit needs the client's full phone number; showing it takes a reason and is audited
 * (REVEAL). EVA-05: never for the evaluated staff member — the refusal is NotFound, as if there
 * were nothing to show.
 */
export async function revealBadReviewContact(scope: Scope, raw: RevealContactInput) {
  assertCan(scope, "eval.loop");
  const input = parseInput(RevealContactInput, raw);
  const c = await loadBadReviewInScope(db, scope, input.id);
  if (c.staffUserId === scope.userId) throw new NotFound("被评价人员不能查看评价人的身份和联系方式");
  if (!c.contactPhone) throw new DomainError("该差评为匿名评价，没有联系方式");
  await recordAudit(actorOf(scope), {
    action: "REVEAL", entityType: "BadReviewCase", entityId: c.id, orgPath: c.orgPath, reason: input.reason, diff: { field: "contactPhone" },
  });
  return { contactName: c.contactName, contactPhone: c.contactPhone };
}
