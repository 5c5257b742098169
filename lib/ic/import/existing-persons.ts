import "server-only";
import { db } from "@/lib/core/db";

export type ExistingPerson = { id: string; orgPath: string; name: string; hasProfile: boolean; unitName: string; unitPhone: string | null };

/**
 * X-20 for a whole file: ONE query by blind index for all rows (never one round trip per row).
 * Deliberately unscoped — the duplicate check must see the whole city to apply ORG-23; callers
 * only ever reveal the owning unit's name and phone for hits outside the caller's scope.
 */
export async function lookupExistingPersons(hashes: readonly string[]): Promise<Map<string, ExistingPerson>> {
  if (hashes.length === 0) return new Map();
  const rows = await db.$queryRaw<
    { idNumberHash: string; id: string; orgPath: string; name: string; hasProfile: boolean; unitName: string; parentName: string | null; unitPhone: string | null }[]
  >`
    SELECT p."idNumberHash", p.id, p."orgPath", p.name, (sp.id IS NOT NULL) AS "hasProfile",
           u.name AS "unitName", pu.name AS "parentName", u."officePhone" AS "unitPhone"
    FROM "Person" p
    JOIN "OrgUnit" u ON u.id = p."orgUnitId"
    LEFT JOIN "OrgUnit" pu ON pu.id = u."parentId"
    LEFT JOIN "SubjectProfile" sp ON sp."personId" = p.id
    WHERE p."idNumberHash" = ANY(${hashes as string[]}::text[])`;
  return new Map(
    rows.map((r) => [
      r.idNumberHash,
      { id: r.id, orgPath: r.orgPath, name: r.name, hasProfile: r.hasProfile, unitName: r.parentName ? `${r.parentName} ${r.unitName}` : r.unitName, unitPhone: r.unitPhone },
    ]),
  );
}
