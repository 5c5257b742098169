import "server-only";
import type { Tx } from "@/lib/core/db";
import type { BadReviewCase } from "@/lib/generated/prisma/client";
import { closerLevelOf } from "./bad-review-steps";

// Who acts on a loop's current step (§9.2.1; errata B6; EVA-05), for many loops at once: the org
// tree and the reviewers around all of them are read in two queries, never one per loop. The
// workflow guards (bad-review-workflow.ts) read the same units through factsFor, the reminders
// (R-EVA-1: step change and the lead's scheduler) the same people, so both answer alike.

export type LoopDb = Pick<Tx, "orgUnit" | "user">;

export type AssigneeCase = Pick<BadReviewCase, "id" | "status" | "orgUnitId" | "orgPath" | "unitLevel" | "staffUserId" | "rectifiedById">;

/** Reviewers listed per unit; more would only flood an inbox. */
const MAX_PER_UNIT = 20;

type Unit = { id: string; path: string; level: BadReviewCase["unitLevel"] };

export type LoopOrgContext = {
  /** The case unit's ancestors, nearest first. */
  ancestorsOf: (c: Pick<AssigneeCase, "orgPath">) => Unit[];
  /** Active REVIEWERs of a unit, leaving out the evaluated staff member (EVA-05). */
  reviewersOf: (unitId: string, exceptUserId: string | null) => string[];
};

/** The path prefixes of a unit's ancestors, nearest first ("/a/b/c/" → "/a/b/", "/a/"). */
function ancestorPaths(path: string): string[] {
  const codes = path.split("/").filter(Boolean);
  return codes.slice(0, -1).map((_, i) => `/${codes.slice(0, codes.length - 1 - i).join("/")}/`);
}

/** Two queries for any number of loops: the ancestor units, then the reviewers of all those units. */
export async function loadLoopOrgContext(db: LoopDb, cases: readonly Pick<AssigneeCase, "orgUnitId" | "orgPath">[]): Promise<LoopOrgContext> {
  const paths = [...new Set(cases.flatMap((c) => ancestorPaths(c.orgPath)))];
  const units = paths.length
    ? await db.orgUnit.findMany({ where: { path: { in: paths } }, select: { id: true, path: true, level: true } })
    : [];
  const byPath = new Map(units.map((u) => [u.path, u]));
  const unitIds = [...new Set([...cases.map((c) => c.orgUnitId), ...units.map((u) => u.id)])];
  const reviewers = unitIds.length
    ? await db.user.findMany({
      where: { orgUnitId: { in: unitIds }, role: "REVIEWER", active: true },
      orderBy: { id: "asc" },
      select: { id: true, orgUnitId: true },
    })
    : [];
  const byUnit = new Map<string, string[]>();
  for (const r of reviewers) byUnit.set(r.orgUnitId, [...(byUnit.get(r.orgUnitId) ?? []), r.id]);
  return {
    ancestorsOf: (c) => ancestorPaths(c.orgPath).flatMap((p) => (byPath.has(p) ? [byPath.get(p)!] : [])),
    reviewersOf: (unitId, except) => (byUnit.get(unitId) ?? []).filter((id) => id !== except).slice(0, MAX_PER_UNIT),
  };
}

/**
 * Errata B6: the evaluated unit verifies when it has a reviewer other than the evaluated staff
 * member; otherwise only the NEAREST ancestor that has one (not any ancestor). null = nobody.
 */
export function verifierUnitOf(ctx: LoopOrgContext, c: Pick<AssigneeCase, "orgUnitId" | "orgPath" | "staffUserId">): string | null {
  for (const unitId of [c.orgUnitId, ...ctx.ancestorsOf(c).map((u) => u.id)]) {
    if (ctx.reviewersOf(unitId, c.staffUserId).length > 0) return unitId;
  }
  return null;
}

/** Errata B6: the unit one level up closes (a CITY case is closed by the city itself). */
export function closerUnitOf(ctx: LoopOrgContext, c: Pick<AssigneeCase, "orgUnitId" | "orgPath" | "unitLevel">): string | null {
  const level = closerLevelOf(c.unitLevel);
  if (c.unitLevel === "CITY") return c.orgUnitId;
  return ctx.ancestorsOf(c).find((u) => u.level === level)?.id ?? null;
}

/**
 * Who must act on the case's current step. Reviewers never include the evaluated staff member
 * (EVA-05); RECTIFYING goes to that staff member by design ("responsible staff", §9.2.1), or to the
 * verifying unit's reviewers when no one person is concerned; the revisit never to the rectifier.
 */
export function assigneesOf(ctx: LoopOrgContext, c: AssigneeCase): string[] {
  const verifiers = () => {
    const unit = verifierUnitOf(ctx, c);
    return unit ? ctx.reviewersOf(unit, c.staffUserId) : [];
  };
  switch (c.status) {
    case "FOUND":
    case "VERIFYING":
      return verifiers();
    case "INVALID_PENDING":
    case "IMPROVING": {
      const unit = closerUnitOf(ctx, c);
      return unit ? ctx.reviewersOf(unit, c.staffUserId) : [];
    }
    case "RECTIFYING":
      return c.staffUserId ? [c.staffUserId] : verifiers();
    case "REVISITING":
      return verifiers().filter((id) => id !== c.rectifiedById);
    default:
      return [];
  }
}

/**
 * For the scheduler (R-EVA-1) and the step reminders: caseId → the users who may act on each open
 * loop's current step, in two queries whatever the number of loops. Closed loops map to [].
 */
export async function stepAssignees(db: LoopDb, cases: readonly AssigneeCase[]): Promise<Map<string, string[]>> {
  if (cases.length === 0) return new Map();
  const ctx = await loadLoopOrgContext(db, cases);
  return new Map(cases.map((c) => [c.id, assigneesOf(ctx, c)]));
}
