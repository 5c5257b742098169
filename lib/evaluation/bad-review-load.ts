import "server-only";
import type { Tx } from "@/lib/core/db";
import { NotFound } from "@/lib/core/errors";
import { inScope, type Scope } from "@/lib/core/scope";
import type { BadReviewCase } from "@/lib/generated/prisma/client";
import { loadLoopOrgContext, verifierUnitOf, type LoopDb } from "./bad-review-assignees";
import type { BadReviewFacts } from "./bad-review-workflow";

/** A bad-review case through the caller's scope, or NotFound (never reveals that it exists). */
export async function loadBadReviewInScope(tx: Pick<Tx, "badReviewCase">, scope: Scope, id: string): Promise<BadReviewCase> {
  const c = await tx.badReviewCase.findFirst({ where: { id, ...inScope(scope) } });
  if (!c) throw new NotFound("差评记录不存在或不在您的管辖范围内");
  return c;
}

/** Active reviewers of a unit, leaving out `exceptUserId` (the evaluated staff member, EVA-05). */
export async function reviewerIdsOf(tx: Pick<Tx, "user">, unitId: string, exceptUserId?: string | null): Promise<string[]> {
  const rows = await tx.user.findMany({
    where: { orgUnitId: unitId, role: "REVIEWER", active: true, ...(exceptUserId ? { id: { not: exceptUserId } } : {}) },
    select: { id: true },
    take: 20,
  });
  return rows.map((r) => r.id);
}

/** What the workflow guards read about a case, from the same org context the reminders use. */
export async function factsFor(tx: LoopDb, c: BadReviewCase): Promise<BadReviewFacts> {
  const ctx = await loadLoopOrgContext(tx, [c]);
  return {
    unitId: c.orgUnitId,
    unitLevel: c.unitLevel,
    ancestorUnitIds: ctx.ancestorsOf(c).map((u) => u.id),
    verifierUnitId: verifierUnitOf(ctx, c),
    staffUserId: c.staffUserId,
    anonymous: c.anonymous,
    rectifiedById: c.rectifiedById,
    escalated: c.escalatedAt !== null,
  };
}
