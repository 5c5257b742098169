import "server-only";
import { db } from "@/lib/core/db";
import { NotFound } from "@/lib/core/errors";
import { isPathInScope, transferInScope, type Scope } from "@/lib/core/scope";
import type { TransferFacts } from "./workflow";

/** A transfer visible to the caller: from either side (ORG-25), never by id alone. */
export async function loadTransferInScope(scope: Scope, transferId: string) {
  const t = await db.profileTransfer.findFirst({ where: { id: transferId, ...transferInScope(scope) } });
  if (!t) throw new NotFound("迁移记录不存在或不在您的管辖范围内");
  return t;
}

/** Which side of the move the caller stands on, for the transfer guards. */
export function transferFacts(scope: Scope, t: { fromOrgPath: string; toOrgPath: string; requestedById: string }): TransferFacts {
  return { receiving: isPathInScope(scope, t.toOrgPath), sending: isPathInScope(scope, t.fromOrgPath), requestedById: t.requestedById };
}

/** The engine checks the record's path against the scope: use the side the caller acts for. */
export function transferRecordPath(scope: Scope, t: { fromOrgPath: string; toOrgPath: string }): string {
  return isPathInScope(scope, t.toOrgPath) ? t.toOrgPath : t.fromOrgPath;
}

/**
 * A transfer may go to any TOWN/VILLAGE in the city (IC-11), so the target is read outside the
 * caller's scope. Org units are public structure (names and phones), not personal data.
 */
export async function unsafeLoadTransferTarget(orgUnitId: string) {
  const unit = await db.orgUnit.findFirst({ where: { id: orgUnitId, active: true, level: { in: ["TOWN", "VILLAGE"] } }, select: { id: true, path: true, name: true } });
  if (!unit) throw new NotFound("迁入单位不存在或不是镇（街道）、村（社区）");
  return unit;
}
