import "server-only";
import { db } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { decryptField, encryptField } from "@/lib/core/crypto";
import { DomainError, FieldError } from "@/lib/core/errors";
import { checkPasswordPolicy } from "@/lib/core/password-policy";
import { hashPassword, verifyPassword } from "@/lib/core/password";
import { newTotpSecret, totpUri, verifyTotp } from "@/lib/core/totp";
import type { Scope } from "@/lib/core/scope";
import { PasswordChangeInput, TotpConfirmInput } from "./schemas";

// The signed-in user's own account: password change (forced after create/reset) and TOTP.

export async function changeOwnPassword(scope: Scope, raw: PasswordChangeInput) {
  const input = PasswordChangeInput.parse(raw);
  const user = await db.user.findUniqueOrThrow({ where: { id: scope.userId } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw new FieldError("currentPassword", "当前密码不正确");
  const problems = checkPasswordPolicy(input.newPassword, { username: user.username });
  if (problems.length) throw new FieldError("newPassword", problems[0]);
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false, passwordChangedAt: new Date() } });
    await writeAudit(tx, actorOf(scope), { action: "UPDATE", entityType: "User", entityId: user.id, orgPath: user.orgPath, reason: "本人修改密码" });
  });
}

/** Step 1 of TOTP enrolment: a fresh secret for the authenticator app; nothing is stored yet. */
export function beginTotpEnrolment(scope: Scope) {
  const secret = newTotpSecret();
  return { secret, uri: totpUri(secret, scope.username) };
}

/** Step 2: the user proves the app works with one code; only then is the secret saved (encrypted). */
export async function confirmTotpEnrolment(scope: Scope, raw: TotpConfirmInput) {
  const input = TotpConfirmInput.parse(raw);
  if (!(await verifyTotp(input.secret, input.token))) throw new FieldError("token", "动态验证码不正确，请核对手机时间后重试");
  await db.$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: scope.userId }, data: { totpSecretCipher: encryptField(input.secret), totpEnabled: true } });
    await writeAudit(tx, actorOf(scope), { action: "CONFIG_CHANGE", entityType: "User", entityId: user.id, orgPath: user.orgPath, reason: "启用动态验证码" });
  });
}

export async function disableOwnTotp(scope: Scope, token: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: scope.userId } });
  if (!user.totpEnabled || !user.totpSecretCipher) throw new DomainError("尚未启用动态验证码");
  if (!(await verifyTotp(decryptField(user.totpSecretCipher), token))) throw new FieldError("token", "动态验证码不正确");
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { totpSecretCipher: null, totpEnabled: false } });
    await writeAudit(tx, actorOf(scope), { action: "CONFIG_CHANGE", entityType: "User", entityId: user.id, orgPath: user.orgPath, reason: "停用动态验证码" });
  });
}
