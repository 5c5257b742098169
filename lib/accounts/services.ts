import "server-only";
import { db } from "@/lib/core/db";
import { writeAudit, fieldDiff } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { Conflict, DomainError, FieldError, Forbidden, NotFound, isUniqueViolation } from "@/lib/core/errors";
import { grantableCapabilities } from "@/lib/core/permissions";
import { hashPassword } from "@/lib/core/password";
import { loadUnitInScope, scopedDb, type Scope } from "@/lib/core/scope";
import type { Capability } from "@/lib/generated/prisma/enums";
import { generateTemporaryPassword } from "./temp-password";
import { UserCreateInput, UserRefInput, UserUpdateInput } from "./schemas";

/** ORG-32: an admin grants only the capabilities their level may grant; ORG-31: no admin+reviewer here. */
function assertGrantable(scope: Scope, capabilities: readonly Capability[]) {
  const allowed = grantableCapabilities(scope);
  const bad = capabilities.filter((c) => !allowed.includes(c));
  if (bad.length) throw new FieldError("capabilities", "您不能授予以下职责：" + bad.join("、") + "（仅市级管理员可授予）");
}

async function loadUserInScope(scope: Scope, id: string) {
  const user = await scopedDb(scope).user.findFirst({ where: { id }, include: { orgUnit: { select: { path: true, level: true } } } });
  if (!user) throw new NotFound("用户不存在或不在您的管辖范围内");
  return user;
}

/** Creates a personal account (ORG-33) with a one-time temporary password that must be changed at first login. */
export async function createUser(scope: Scope, raw: UserCreateInput) {
  const input = UserCreateInput.parse(raw);
  const unit = await loadUnitInScope(scope, input.orgUnitId);
  if (!unit.active) throw new FieldError("orgUnitId", "该单位已停用");
  assertGrantable(scope, input.capabilities);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          username: input.username, displayName: input.displayName, mobile: input.mobile ?? null,
          orgUnitId: unit.id, orgPath: unit.path, role: input.role, capabilities: input.capabilities,
          passwordHash, mustChangePassword: true, createdById: scope.userId, updatedById: scope.userId,
        },
      });
      await writeAudit(tx, actorOf(scope), {
        action: "CREATE", entityType: "User", entityId: created.id, orgPath: unit.path,
        diff: { username: created.username, role: created.role, capabilities: created.capabilities, orgUnit: unit.code },
      });
      return created;
    });
    return { id: user.id, temporaryPassword };
  } catch (e) {
    if (isUniqueViolation(e)) throw new FieldError("username", "该用户名已被使用");
    throw e;
  }
}

export async function updateUser(scope: Scope, raw: UserUpdateInput) {
  const input = UserUpdateInput.parse(raw);
  const user = await loadUserInScope(scope, input.id);
  if (user.id === scope.userId && (input.role !== user.role || JSON.stringify(input.capabilities) !== JSON.stringify(user.capabilities))) {
    throw new Forbidden("不能修改自己的角色或职责");
  }
  const added = input.capabilities.filter((c) => !user.capabilities.includes(c));
  assertGrantable(scope, added);
  const data = { displayName: input.displayName, mobile: input.mobile ?? null, role: input.role, capabilities: input.capabilities };
  const permissionChanged = user.role !== input.role || JSON.stringify([...user.capabilities].sort()) !== JSON.stringify([...input.capabilities].sort());
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: user.id, version: input.version },
      data: { ...data, version: { increment: 1 }, updatedById: scope.userId },
    });
    if (count !== 1) throw new Conflict();
    await writeAudit(tx, actorOf(scope), {
      action: permissionChanged ? "PERMISSION_CHANGE" : "UPDATE", entityType: "User", entityId: user.id, orgPath: user.orgPath,
      diff: fieldDiff(user, data),
    });
  });
}

async function setActive(scope: Scope, raw: UserRefInput, active: boolean) {
  const input = UserRefInput.parse(raw);
  const user = await loadUserInScope(scope, input.id);
  if (user.id === scope.userId) throw new Forbidden("不能停用自己的账号");
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: user.id, version: input.version },
      // Disabling also ends every open session (the epoch is part of the JWT check).
      data: { active, version: { increment: 1 }, updatedById: scope.userId, ...(active ? {} : { sessionEpoch: { increment: 1 } }) },
    });
    if (count !== 1) throw new Conflict();
    await writeAudit(tx, actorOf(scope), { action: "PERMISSION_CHANGE", entityType: "User", entityId: user.id, orgPath: user.orgPath, diff: { active: { from: user.active, to: active } } });
  });
}

export const disableUser = (scope: Scope, raw: UserRefInput) => setActive(scope, raw, false);
export const enableUser = (scope: Scope, raw: UserRefInput) => setActive(scope, raw, true);

/** Reset: new temporary password, forced change at next login, lockout cleared, sessions ended. */
export async function resetUserPassword(scope: Scope, raw: UserRefInput) {
  const input = UserRefInput.parse(raw);
  const user = await loadUserInScope(scope, input.id);
  if (user.id === scope.userId) throw new DomainError("请在“账户安全”中修改自己的密码");
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: user.id, version: input.version },
      data: {
        passwordHash, mustChangePassword: true, failedLogins: 0, lockedUntil: null,
        sessionEpoch: { increment: 1 }, version: { increment: 1 }, updatedById: scope.userId,
      },
    });
    if (count !== 1) throw new Conflict();
    await writeAudit(tx, actorOf(scope), { action: "UPDATE", entityType: "User", entityId: user.id, orgPath: user.orgPath, reason: "重置密码", diff: { passwordHash: { from: "***", to: "***" } } });
  });
  return { temporaryPassword };
}
