import "server-only";
import { db } from "@/lib/core/db";
import { FieldError } from "@/lib/core/errors";
import type { Scope } from "@/lib/core/scope";

// The service catalogue is shared city-wide (ORG-24): these read it unscoped, but only PUBLISHED
// versions an item's `levels` let the caller's level receive (§3.12.1).

export type ItemOption = { code: string; name: string; homeServiceEligible: boolean; proxyEligible: boolean; requiresOnSiteAuthentication: boolean };

export async function listReceivableItems(scope: Scope, only: { homeServiceEligible?: true; proxyEligible?: true } = {}): Promise<ItemOption[]> {
  return db.serviceItem.findMany({
    where: { status: "PUBLISHED", levels: { has: scope.level }, ...only },
    orderBy: [{ module: "asc" }, { code: "asc" }],
    select: { code: true, name: true, homeServiceEligible: true, proxyEligible: true, requiresOnSiteAuthentication: true },
  });
}

/** The PUBLISHED version of `code` receivable at the caller's level, with its materials; else a FieldError on `field`. */
export async function loadReceivableItem(scope: Scope, code: string, field: string) {
  const item = await db.serviceItem.findFirst({
    where: { code: code.trim().toUpperCase(), status: "PUBLISHED" },
    include: { materials: { orderBy: { sortOrder: "asc" } } },
  });
  if (!item) throw new FieldError(field, "该服务事项未公开或已停用");
  if (!item.levels.includes(scope.level)) throw new FieldError(field, "该事项不在本级受理范围内");
  return item;
}
