import "server-only";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { NotFound } from "@/lib/core/errors";
import { grantableCapabilities } from "@/lib/core/permissions";
import { listUnitOptions } from "@/lib/org/queries";
import type { Role } from "@/lib/generated/prisma/enums";

export const USERS_PAGE_SIZE = 50;

export type UserListFilter = { q?: string; unitId?: string; role?: Role; page?: number };

export async function listUsers(scope: Scope, f: UserListFilter) {
  const sdb = scopedDb(scope);
  const page = Math.max(1, f.page ?? 1);
  const unitPath = f.unitId ? (await sdb.orgUnit.findFirst({ where: { id: f.unitId }, select: { path: true } }))?.path : undefined;
  const where = {
    ...(unitPath ? { orgPath: { startsWith: unitPath } } : {}),
    ...(f.role ? { role: f.role } : {}),
    ...(f.q ? { OR: [{ username: { startsWith: f.q } }, { displayName: { startsWith: f.q } }] } : {}),
  };
  const rows = await sdb.user.findMany({
    where,
    orderBy: [{ orgPath: "asc" }, { username: "asc" }],
    skip: (page - 1) * USERS_PAGE_SIZE,
    take: USERS_PAGE_SIZE + 1,
    select: {
      id: true, username: true, displayName: true, role: true, capabilities: true, active: true, version: true,
      lockedUntil: true, mustChangePassword: true, lastLoginAt: true, totpEnabled: true, orgUnit: { select: { name: true } },
    },
  });
  return { rows: rows.slice(0, USERS_PAGE_SIZE), hasNext: rows.length > USERS_PAGE_SIZE, page };
}

export async function getUser(scope: Scope, id: string) {
  const user = await scopedDb(scope).user.findFirst({
    where: { id },
    select: {
      id: true, username: true, displayName: true, mobile: true, role: true, capabilities: true, active: true, version: true,
      orgUnitId: true, lockedUntil: true, mustChangePassword: true, lastLoginAt: true, totpEnabled: true, createdAt: true,
      orgUnit: { select: { name: true, level: true } },
    },
  });
  if (!user) throw new NotFound("用户不存在或不在您的管辖范围内");
  return user;
}

/** Choices for the create-user form: active units in scope, and what this admin may grant (ORG-32). */
export async function getUserFormOptions(scope: Scope) {
  const units = await listUnitOptions(scope);
  return { units, capabilities: grantableCapabilities(scope) };
}

/**
 * The edit screen's data, or null when the user is missing or outside the scope. Capabilities the
 * user already holds stay listed (so they can be removed) even when this admin may not grant them.
 */
export async function findUserForEdit(scope: Scope, id: string) {
  let user;
  try {
    user = await getUser(scope, id);
  } catch (e) {
    if (e instanceof NotFound) return null;
    throw e;
  }
  const grantable = grantableCapabilities(scope);
  const capabilities = [...grantable, ...user.capabilities.filter((c) => !grantable.includes(c))];
  // Admins cannot change their own role, capabilities or status (services refuse it too).
  return { user: withLockState(user), isSelf: user.id === scope.userId, capabilities };
}

const ROLES: readonly Role[] = ["CLERK", "REVIEWER", "ADMIN"];
type RawParams = Record<string, string | string[] | undefined>;

/** The /users list filter from URL search params; anything malformed is ignored, never trusted. */
export function userListFilterOf(params: RawParams): UserListFilter {
  const one = (k: string) => {
    const v = params[k];
    return (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
  };
  const role = one("role");
  const page = Number(one("page"));
  return {
    q: one("q")?.slice(0, 40),
    unitId: one("unit"),
    role: ROLES.includes(role as Role) ? (role as Role) : undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** A login lockout counts only while `lockedUntil` is still ahead; decided at read time, not in render. */
function withLockState<T extends { lockedUntil: Date | null }>(user: T, now = new Date()) {
  return { ...user, locked: user.lockedUntil !== null && user.lockedUntil > now };
}

/** listUsers plus each row's `locked` flag, for the /users table. */
export async function listUsersForAdmin(scope: Scope, f: UserListFilter) {
  const list = await listUsers(scope, f);
  const now = new Date();
  return { ...list, rows: list.rows.map((u) => withLockState(u, now)) };
}
