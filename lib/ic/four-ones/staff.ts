import "server-only";
import { db } from "@/lib/core/db";
import { FieldError } from "@/lib/core/errors";

/** "/a/b/c/" → ["/a/", "/a/b/", "/a/b/c/"]: the unit and every unit above it. */
export function selfAndAncestorPaths(orgPath: string): string[] {
  const parts = orgPath.split("/").filter(Boolean);
  return parts.map((_, i) => `/${parts.slice(0, i + 1).join("/")}/`);
}

/**
 * Who may be named on a card or be responsible for a plan: an active clerk or reviewer of the
 * owning station, or of the town station above a village one (villages often have one person or
 * none, AMB-05). District and city staff do not serve individuals; admins hold no business records (ORG-31).
 */
function serviceStaffWhere(profileOrgPath: string) {
  return {
    active: true,
    role: { in: ["CLERK" as const, "REVIEWER" as const] },
    orgPath: { in: selfAndAncestorPaths(profileOrgPath) },
    orgUnit: { level: { in: ["VILLAGE" as const, "TOWN" as const] } },
  };
}

export async function listServiceStaff(profileOrgPath: string) {
  return db.user.findMany({
    where: serviceStaffWhere(profileOrgPath),
    orderBy: [{ orgPath: "desc" }, { displayName: "asc" }],
    select: { id: true, displayName: true, orgUnit: { select: { name: true } } },
    take: 200,
  });
}

export async function loadServiceStaff(profileOrgPath: string, userId: string, field: string) {
  const user = await db.user.findFirst({ where: { id: userId, ...serviceStaffWhere(profileOrgPath) }, select: { id: true, displayName: true } });
  if (!user) throw new FieldError(field, "请选择本服务站（或上级镇街服务站）的在职工作人员");
  return user;
}

/** Units that may keep the paper folder (IC-07): the owning unit or one above it. */
export async function listCustodianUnits(profileOrgPath: string) {
  return db.orgUnit.findMany({
    where: { path: { in: selfAndAncestorPaths(profileOrgPath) }, active: true },
    orderBy: { path: "desc" },
    select: { id: true, name: true, code: true, path: true },
  });
}
