import "server-only";
import { cache } from "react";
import { db } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import type { Role } from "@/lib/generated/prisma/enums";
import { SecuritySettingsInput } from "./schemas";

// X-31 asks for a second factor for REVIEWER/ADMIN. It is a city-wide setting (X-43 Config), off
// by default so that a fresh demo can be tried without an authenticator app; production turns it on.
const KEY = "security.totpRequiredRoles";

export const getSecuritySettings = cache(async (): Promise<SecuritySettingsInput> => {
  const row = await db.config.findFirst({
    where: { key: KEY, scopeOrgUnitId: null, effectiveFrom: { lte: new Date() } },
    orderBy: { effectiveFrom: "desc" },
  });
  const parsed = SecuritySettingsInput.safeParse({ totpRequiredRoles: row?.value ?? [] });
  return parsed.success ? parsed.data : { totpRequiredRoles: [] };
});

export async function isTotpRequiredFor(role: Role): Promise<boolean> {
  return (await getSecuritySettings()).totpRequiredRoles.includes(role);
}

/** Each change is a new Config row (history kept) and a CONFIG_CHANGE audit event. */
export async function updateSecuritySettings(scope: Scope, raw: SecuritySettingsInput) {
  assertCan(scope, "config.manage");
  const input = SecuritySettingsInput.parse(raw);
  const before = await getSecuritySettings();
  await db.$transaction(async (tx) => {
    await tx.config.create({ data: { key: KEY, value: input.totpRequiredRoles, updatedById: scope.userId } });
    await writeAudit(tx, actorOf(scope), {
      action: "CONFIG_CHANGE", entityType: "Config", entityId: KEY, orgPath: scope.orgPath,
      diff: { totpRequiredRoles: { from: before.totpRequiredRoles, to: input.totpRequiredRoles } },
    });
  });
}
