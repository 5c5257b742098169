import "server-only";
import { db } from "@/lib/core/db";
import type { Scope } from "@/lib/core/scope";

/** X-23 file names carry the exporting user's unit code; the scope carries only the unit id. */
export async function scopeUnitCode(scope: Pick<Scope, "orgUnitId">): Promise<string> {
  const unit = await db.orgUnit.findUnique({ where: { id: scope.orgUnitId }, select: { code: true } });
  return unit?.code ?? "000000";
}
