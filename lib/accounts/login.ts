import "server-only";
import { db } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { decryptField } from "@/lib/core/crypto";
import { verifyPassword } from "@/lib/core/password";
import { verifyTotp } from "@/lib/core/totp";
import type { RequestContext } from "@/lib/core/request-context";

// lockout after 5 consecutive failures, for 15 minutes.
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export type LoginResult =
  | { ok: true; userId: string; epoch: number }
  | { ok: false; message: string; needsTotp?: boolean };

const WRONG = "用户名或密码错误";

/**
 * Checks a username/password (and TOTP when enabled) and records the attempt. Failures and
 * successes are audited (X-01 LOGIN / LOGIN_FAILED) in the same transaction as the counter change.
 */
export async function authenticate(
  input: { username: string; password: string; otp?: string },
  ctx: RequestContext,
  now = new Date(),
): Promise<LoginResult> {
  const username = input.username.trim();
  const user = await db.user.findUnique({ where: { username }, include: { orgUnit: { select: { path: true, active: true } } } });
  if (!user) {
    const orgPath = await rootPath();
    await db.$transaction((tx) =>
      writeAudit(tx, { username: username.slice(0, 40) }, { action: "LOGIN_FAILED", orgPath, reason: "未知用户名" }, ctx),
    );
    return { ok: false, message: WRONG };
  }
  const actor = { userId: user.id, username: user.username, orgUnitId: user.orgUnitId, role: user.role };
  const orgPath = user.orgUnit.path;
  const fail = async (reason: string, message: string, countsTowardLockout: boolean, extra: { needsTotp?: boolean } = {}): Promise<LoginResult> => {
    await db.$transaction(async (tx) => {
      if (countsTowardLockout) {
        // Atomic increment: two parallel wrong guesses cannot both read 4 and write 5.
        const updated = await tx.user.update({ where: { id: user.id }, data: { failedLogins: { increment: 1 } } });
        if (updated.failedLogins >= MAX_FAILED_LOGINS) {
          await tx.user.update({
            where: { id: user.id },
            data: { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) },
          });
          reason += `；连续失败${MAX_FAILED_LOGINS}次，锁定${LOCKOUT_MINUTES}分钟`;
        }
      }
      await writeAudit(tx, actor, { action: "LOGIN_FAILED", entityType: "User", entityId: user.id, orgPath, reason }, ctx);
    });
    return { ok: false as const, message, ...extra };
  };

  if (user.lockedUntil && user.lockedUntil > now) {
    const minutes = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60_000);
    return fail("账户锁定期间尝试登录", `账户已锁定，请${minutes}分钟后再试`, false);
  }
  if (!user.active || !user.orgUnit.active) return fail("账户已停用", "账户已停用，请联系管理员", false);
  if (!(await verifyPassword(user.passwordHash, input.password))) return fail("密码错误", WRONG, true);
  if (user.totpEnabled && user.totpSecretCipher) {
    if (!input.otp) return { ok: false, message: "请输入动态验证码", needsTotp: true };
    if (!(await verifyTotp(decryptField(user.totpSecretCipher), input.otp.trim()))) {
      return fail("动态验证码错误", "动态验证码错误", true, { needsTotp: true });
    }
  }
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null, lastLoginAt: now } });
    await writeAudit(tx, actor, { action: "LOGIN", entityType: "User", entityId: user.id, orgPath }, ctx);
  });
  return { ok: true, userId: user.id, epoch: user.sessionEpoch };
}

/** Logout bumps the epoch so the JWT cannot be replayed after the cookie is gone. */
export async function logout(userId: string, ctx: RequestContext): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: userId },
      data: { sessionEpoch: { increment: 1 } },
      include: { orgUnit: { select: { path: true } } },
    });
    await writeAudit(
      tx,
      { userId, username: user.username, orgUnitId: user.orgUnitId, role: user.role },
      { action: "LOGOUT", entityType: "User", entityId: userId, orgPath: user.orgUnit.path },
      ctx,
    );
  });
}

/** Failures for unknown usernames belong to no unit: file them under the city so its admins see them. */
async function rootPath(): Promise<string> {
  const root = await db.orgUnit.findFirst({ where: { parentId: null }, select: { path: true }, orderBy: { path: "asc" } });
  return root?.path ?? "/";
}
