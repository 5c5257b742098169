import "server-only";
import type { Tx } from "@/lib/core/db";
import { NotFound } from "@/lib/core/errors";
import { inScope, type Scope } from "@/lib/core/scope";
import type { BadReviewCase } from "@/lib/generated/prisma/client";
import type { BadReviewFacts } from "./bad-review-workflow";

/** A bad-review case through the caller's scope, or NotFound (never reveals that it exists). */
export async function loadBadReviewInScope(tx: Pick<Tx, "badReviewCase">, scope: Scope, id: string): Promise<BadReviewCase> {
  const c = await tx.badReviewCase.findFirst({ where: { id, ...inScope(scope) } });
  if (!c) throw new NotFound("差评记录不存在或不在您的管辖范围内");
  return c;
}

/** The ids of a unit's ancestors, nearest first, from its materialised path. */
export async function ancestorUnitIdsOf(tx: Pick<Tx, "orgUnit">, unitPath: string): Promise<string[]> {
  const codes = unitPath.split("/").filter(Boolean).slice(0, -1);
  const prefixes = codes.map((_, i) => `/${codes.slice(0, i + 1).join("/")}/`);
  if (prefixes.length === 0) return [];
  const rows = await tx.orgUnit.findMany({ where: { path: { in: prefixes } }, select: { id: true, path: true } });
  return rows.sort((a, b) => b.path.length - a.path.length).map((r) => r.id);
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

/**
 * Who verifies (errata B6): the evaluated unit's reviewers, or — when it has none — those of the
 * nearest ancestor that has any. Used for reminders; the workflow guard decides who may act.
 */
export async function verifierIdsFor(tx: Pick<Tx, "user">, c: Pick<BadReviewCase, "orgUnitId" | "staffUserId">, ancestors: string[]) {
  for (const unitId of [c.orgUnitId, ...ancestors]) {
    const ids = await reviewerIdsOf(tx, unitId, c.staffUserId);
    if (ids.length > 0) return ids;
  }
  return [];
}

export async function factsFor(tx: Pick<Tx, "orgUnit" | "user">, c: BadReviewCase): Promise<BadReviewFacts> {
  const [ancestorUnitIds, reviewers] = await Promise.all([
    ancestorUnitIdsOf(tx, c.orgPath),
    reviewerIdsOf(tx, c.orgUnitId, c.staffUserId),
  ]);
  return {
    unitId: c.orgUnitId,
    unitLevel: c.unitLevel,
    ancestorUnitIds,
    unitHasReviewer: reviewers.length > 0,
    staffUserId: c.staffUserId,
    anonymous: c.anonymous,
    rectifiedById: c.rectifiedById,
    escalated: c.escalatedAt !== null,
  };
}
