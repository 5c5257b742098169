import "server-only";
import { db } from "@/lib/core/db";
import { NotFound } from "@/lib/core/errors";
import { isPathInScope, type Scope } from "@/lib/core/scope";

export type FourOnesCoverage = { active: number; withPaper: number; withCard: number; withPlan: number; allFour: number };

/**
 * IC-08 "四个一覆盖率" and the §3.1.5 report: among ACTIVE profiles (CITY_APPROVED / EXPORTED)
 * under the unit, how many have a paper location, a PROFILE/RETURN_HOME card and an ACTIVE plan.
 * One aggregate statement with semi-joins, whatever the number of profiles (no N+1).
 * `unitPath` narrows to a unit inside the scope; outside it the unit "does not exist".
 */
export async function fourOnesCoverage(scope: Pick<Scope, "orgPath">, opts: { unitPath?: string } = {}): Promise<FourOnesCoverage> {
  const path = opts.unitPath ?? scope.orgPath;
  if (!isPathInScope(scope, path)) throw new NotFound("单位不存在或不在您的管辖范围内");
  const rows = await db.$queryRaw<{ active: number; withPaper: number; withCard: number; withPlan: number; allFour: number }[]>`
    WITH p AS (
      SELECT
        (sp."paperFile" IS NOT NULL AND jsonb_typeof(sp."paperFile") = 'object') AS paper,
        EXISTS (SELECT 1 FROM "ContactServiceCard" c WHERE c."personId" = sp."personId" AND c."purpose" IN ('PROFILE', 'RETURN_HOME')) AS card,
        EXISTS (SELECT 1 FROM "ServicePlan" s WHERE s."profileId" = sp."id" AND s."status" = 'ACTIVE') AS plan
      FROM "SubjectProfile" sp
      WHERE sp."orgPath" LIKE ${likePrefix(path)}
        AND sp."deletedAt" IS NULL
        AND sp."status" IN ('CITY_APPROVED', 'EXPORTED')
    )
    SELECT
      count(*)::int AS "active",
      count(*) FILTER (WHERE paper)::int AS "withPaper",
      count(*) FILTER (WHERE card)::int AS "withCard",
      count(*) FILTER (WHERE plan)::int AS "withPlan",
      count(*) FILTER (WHERE paper AND card AND plan)::int AS "allFour"
    FROM p`;
  return rows[0];
}

/** `LIKE` prefix with its wildcards escaped (paths are digits and slashes, but never trust that). */
function likePrefix(path: string): string {
  return path.replace(/[\\%_]/g, (c) => `\\${c}`) + "%";
}
