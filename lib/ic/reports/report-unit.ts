import "server-only";
import { db } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { orgInScope, type Scope } from "@/lib/core/scope";
import { ancestorsWithinScope } from "@/lib/org/queries";
import type { Cell, ReportRow } from "./types";

/** Materialised paths are digits and slashes only; anything else must never reach a LIKE pattern. */
const PATH_RE = /^\/(\d+\/)+$/;

/**
 * The unit a report is about: the user's own unit, or a drill-down unit (`?unit=<code>`) that must
 * lie in the user's subtree — otherwise null, and the page answers 404 (never reveal existence).
 */
export async function resolveReportUnit(scope: Scope, code?: string) {
  const unit = await db.orgUnit.findFirst({
    where: code ? { code, ...orgInScope(scope) } : { id: scope.orgUnitId },
    select: { id: true, code: true, name: true, path: true, level: true },
  });
  if (!unit || !PATH_RE.test(unit.path) || !PATH_RE.test(scope.orgPath) || !unit.path.startsWith(scope.orgPath)) return null;
  const [children, ancestors] = await Promise.all([
    db.orgUnit.findMany({ where: { parentId: unit.id }, orderBy: { code: "asc" }, select: { code: true, name: true } }),
    ancestorsWithinScope(scope, unit.path),
  ]);
  const depth = unit.path.split("/").filter(Boolean).length;
  return {
    unit,
    children,
    ancestors,
    /** split_part(orgPath, '/', n) yields the child unit's code of a row below this unit ('' = the unit itself). */
    childPart: depth + 2,
    /**
     * The WHERE fragment every report uses on a table alias. The prefix is the drill-down unit's
     * path, read from the database and checked above to lie inside scope.orgPath (the session's
     * scope), so it is never wider than the scope and never comes from the client. One LIKE only:
     * repeating the scope prefix as a second LIKE makes the planner square its row estimate and
     * pick nested loops over 100k rows (measured: census 545 ms → see report).
     */
    where: (alias: string) => Prisma.sql`${Prisma.raw(`${alias}."orgPath"`)} LIKE ${unit.path} || '%'`,
    childExpr: (alias: string) => Prisma.raw(`split_part(${alias}."orgPath", '/', ${depth + 2})`),
  };
}

export type ResolvedUnit = NonNullable<Awaited<ReturnType<typeof resolveReportUnit>>>;

/** Rows per child unit in the children's order, children without data shown as zero; "本级" last. */
export function childRows<T>(ru: ResolvedUnit, byChild: Map<string, T>, cells: (v: T | undefined) => Cell[]): ReportRow[] {
  const rows: ReportRow[] = ru.children.map((c) => ({ unitCode: c.code, cells: [c.name, ...cells(byChild.get(c.code))] }));
  const own = byChild.get("");
  if (own !== undefined) rows.push({ cells: [`${ru.unit.name}（本级）`, ...cells(own)] });
  return rows;
}
