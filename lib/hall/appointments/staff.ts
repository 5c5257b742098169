import "server-only";
import { FieldError } from "@/lib/core/errors";
import { scopedDb, type Scope } from "@/lib/core/scope";
import type { Capability } from "@/lib/generated/prisma/enums";

// Staff a hall can name for a duty (appointment reception, home visits, assist/proxy agents):
// active personal accounts of one unit that handle business (ORG-31: admins do not).

export type StaffOption = { id: string; displayName: string; capabilities: Capability[] };

export async function listUnitStaff(scope: Scope, unitId = scope.orgUnitId, capability?: Capability): Promise<StaffOption[]> {
  return scopedDb(scope).user.findMany({
    where: { orgUnitId: unitId, active: true, role: { in: ["CLERK", "REVIEWER"] }, ...(capability ? { capabilities: { has: capability } } : {}) },
    orderBy: [{ displayName: "asc" }, { id: "asc" }],
    select: { id: true, displayName: true, capabilities: true },
  });
}

/** The named user, if an active business user of `unitId` (holding `capability` when given); else a FieldError on `field`. */
export async function loadActiveStaff(scope: Scope, userId: string, unitId: string, field: string, capability?: Capability) {
  const u = await scopedDb(scope).user.findFirst({
    where: { id: userId, orgUnitId: unitId, active: true, role: { in: ["CLERK", "REVIEWER"] } },
    select: { id: true, displayName: true, capabilities: true },
  });
  if (!u) throw new FieldError(field, "请选择本单位在岗的工作人员");
  if (capability && !u.capabilities.includes(capability)) {
    throw new FieldError(field, capability === "PROXY_AGENT" ? "该工作人员不是帮办代办员（须由单位管理员授予“帮办代办员”职责）" : "该工作人员不具备相应职责");
  }
  return u;
}

/** The unit's windows in use (for choosing where a client is led or booked). */
export async function listActiveWindows(scope: Scope, unitId = scope.orgUnitId) {
  return scopedDb(scope).serviceWindow.findMany({
    where: { orgUnitId: unitId, active: true },
    orderBy: { windowNo: "asc" },
    select: { id: true, windowNo: true, name: true, isIntegrated: true, isProxyWindow: true, serviceItemCodes: true },
  });
}
