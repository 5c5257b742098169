// The session part every staff page runs, for the bench worker's recorded pages.
import { db } from "../lib/core/db";
import type { Scope } from "../lib/core/scope";
import { isTotpRequiredFor } from "../lib/settings/security";
import { unreadReminderCount } from "../lib/reminders/queries";

export async function scopeOf(username: string): Promise<Scope> {
  const u = await db.user.findUniqueOrThrow({ where: { username }, include: { orgUnit: { select: { name: true, level: true, path: true } } } });
  return {
    userId: u.id, username: u.username, displayName: u.displayName, orgUnitId: u.orgUnitId, orgUnitName: u.orgUnit.name,
    orgPath: u.orgUnit.path, level: u.orgUnit.level, role: u.role, capabilities: u.capabilities,
    mustChangePassword: u.mustChangePassword, totpEnabled: u.totpEnabled,
  };
}

/** What every staff page runs before its own work: getOptionalScope's user load, the layout's TOTP check and unread count. */
export async function session(scope: Scope) {
  await db.user.findUnique({ where: { id: scope.userId }, include: { orgUnit: { select: { name: true, level: true, path: true, active: true } } } });
  if (!scope.totpEnabled) await isTotpRequiredFor(scope.role);
  await unreadReminderCount(scope);
}

