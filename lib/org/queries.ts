import "server-only";
import { orgInScope, scopedDb, type Scope } from "@/lib/core/scope";
import { NotFound } from "@/lib/core/errors";
import { can } from "@/lib/core/permissions";

/** A unit with its direct children and head-counts, for the org admin page. */
export async function getUnitWithChildren(scope: Scope, unitId?: string) {
  const sdb = scopedDb(scope);
  const unit = await sdb.orgUnit.findFirst({
    where: unitId ? { id: unitId } : { id: scope.orgUnitId },
    include: { parent: { select: { id: true, name: true, path: true } } },
  });
  if (!unit) throw new NotFound("单位不存在或不在您的管辖范围内");
  const children = await sdb.orgUnit.findMany({
    where: { parentId: unit.id },
    orderBy: { code: "asc" },
    include: { _count: { select: { children: true, users: true, persons: true } } },
  });
  const ancestors = await ancestorsWithinScope(scope, unit.path);
  return { unit, children, ancestors };
}

/** Breadcrumb of units from the caller's own unit down to `path` (never above the scope). */
export async function ancestorsWithinScope(scope: Scope, path: string) {
  const codes = path.split("/").filter(Boolean);
  const paths = codes.map((_, i) => "/" + codes.slice(0, i + 1).join("/") + "/").filter((p) => p.startsWith(scope.orgPath));
  const units = await scopedDb(scope).orgUnit.findMany({ where: { path: { in: paths } }, select: { id: true, name: true, path: true } });
  return units.sort((a, b) => a.path.length - b.path.length);
}

/** Units the caller may pick in a form (e.g. owning unit of a person), as a flat ordered list. */
export async function listUnitOptions(scope: Scope, opts: { levels?: ("CITY" | "DISTRICT" | "TOWN" | "VILLAGE")[]; activeOnly?: boolean } = {}) {
  return scopedDb(scope).orgUnit.findMany({
    where: {
      ...orgInScope(scope),
      ...(opts.levels ? { level: { in: opts.levels } } : {}),
      ...(opts.activeOnly === false ? {} : { active: true }),
    },
    orderBy: { path: "asc" },
    select: { id: true, name: true, level: true, path: true, code: true },
    take: 5000,
  });
}

// ---- the org admin page ----------------------------------------------------------------------

type Level = "CITY" | "DISTRICT" | "TOWN" | "VILLAGE";
const CHILD_LEVEL: Record<Level, Level | null> = { CITY: "DISTRICT", DISTRICT: "TOWN", TOWN: "VILLAGE", VILLAGE: null };
const LEVEL_RANK: Record<Level, number> = { CITY: 0, DISTRICT: 1, TOWN: 2, VILLAGE: 3 };
const CODE_LENGTH: Record<Level, number> = { CITY: 6, DISTRICT: 6, TOWN: 9, VILLAGE: 12 };
const SUBTYPES: Record<Level, ("TOWN" | "STREET" | "VILLAGE" | "COMMUNITY")[]> = {
  CITY: [], DISTRICT: [], TOWN: ["TOWN", "STREET"], VILLAGE: ["VILLAGE", "COMMUNITY"],
};

/**
 * Everything the /org page shows for one unit, or null when it is missing or outside the scope.
 * `manage*` only decide which buttons appear; the services re-check every write (ORG-02).
 */
export async function findOrgPage(scope: Scope, unitId?: string) {
  let data;
  try {
    data = await getUnitWithChildren(scope, unitId);
  } catch (e) {
    if (e instanceof NotFound) return null;
    throw e;
  }
  const mayManage = can(scope, "org.manage");
  const below = (level: Level) => LEVEL_RANK[level] > LEVEL_RANK[scope.level];
  const childLevel = CHILD_LEVEL[data.unit.level];
  return {
    ...data,
    /** May edit / deactivate the unit shown (never one's own unit or anything above it). */
    manageUnit: mayManage && below(data.unit.level),
    /** May add, edit and deactivate the children listed. */
    manageChildren: mayManage && childLevel !== null && below(childLevel),
    /** What the "新增下级单位" form needs to guide the admin; null at the village level. */
    childForm: childLevel && {
      parentId: data.unit.id,
      parentName: data.unit.name,
      level: childLevel,
      codeLength: CODE_LENGTH[childLevel],
      codePrefix: childLevel === "DISTRICT" ? "" : data.unit.code,
      subtypes: SUBTYPES[childLevel],
    },
  };
}

export type OrgPage = NonNullable<Awaited<ReturnType<typeof findOrgPage>>>;

/**
 * Levels offered in a list's unit filter: a city-wide list of every community would be ~700
 * options (360 KB of HTML per page in the bench), so a city user filters by district or street.
 */
export function unitFilterLevels(level: "CITY" | "DISTRICT" | "TOWN" | "VILLAGE"): ("CITY" | "DISTRICT" | "TOWN" | "VILLAGE")[] {
  if (level === "CITY") return ["DISTRICT", "TOWN"];
  if (level === "DISTRICT") return ["DISTRICT", "TOWN", "VILLAGE"];
  return ["TOWN", "VILLAGE"];
}
