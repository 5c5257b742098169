import "server-only";
import { db } from "@/lib/core/db";
import { NotFound } from "@/lib/core/errors";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { availableTransitions } from "@/lib/core/workflow";
import type { ServiceItemStatus, ServiceModule } from "@/lib/generated/prisma/enums";
import { SERVICE_MODULES } from "./schemas";
import { serviceItemWorkflow } from "./workflow";
import { authorIdsOf } from "./services";

// The catalogue is a shared, city-wide catalogue (ORG-24): staff of every unit read all of it, so
// `scope` decides only whether the caller may read, not which rows.

const PAGE_SIZE = 50;
const STATUSES = ["DRAFT", "REVIEWED", "PUBLISHED", "RETIRED"] as const;

export type CatalogueFilter = { module?: string; status?: string; q?: string; page?: number };

export async function listServiceItems(scope: Scope, filter: CatalogueFilter) {
  assertCan(scope, "catalogue.read");
  const serviceModule = SERVICE_MODULES.find((m) => m === filter.module) as ServiceModule | undefined;
  const status = STATUSES.find((s) => s === filter.status) as ServiceItemStatus | undefined;
  const q = filter.q?.trim().slice(0, 40);
  const page = Math.max(1, Math.floor(filter.page ?? 1));
  const rows = await db.serviceItem.findMany({
    where: {
      ...(serviceModule ? { module: serviceModule } : {}),
      ...(status ? { status } : {}),
      ...(q ? { OR: [{ name: { contains: q } }, { code: { contains: q.toUpperCase() } }] } : {}),
    },
    orderBy: [{ module: "asc" }, { code: "asc" }, { itemVersion: "desc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE + 1,
    select: {
      id: true, code: true, name: true, module: true, itemVersion: true, status: true,
      promisedWorkingDays: true, publishedAt: true, updatedAt: true,
    },
  });
  return { rows: rows.slice(0, PAGE_SIZE), page, hasNext: rows.length > PAGE_SIZE };
}

/** One version with its materials, the other versions of its code, its history and the steps this user may take. */
export async function getServiceItem(scope: Scope, id: string) {
  assertCan(scope, "catalogue.read");
  const item = await db.serviceItem.findUnique({ where: { id }, include: { materials: { orderBy: { sortOrder: "asc" } } } });
  if (!item) throw new NotFound("服务事项不存在");
  const [versions, history] = await Promise.all([
    db.serviceItem.findMany({
      where: { code: item.code }, orderBy: { itemVersion: "desc" },
      select: { id: true, itemVersion: true, status: true, publishedAt: true },
    }),
    db.statusHistory.findMany({
      where: { entityType: serviceItemWorkflow.entityType, entityId: item.id }, orderBy: { id: "desc" }, take: 20,
    }),
  ]);
  const actorIds = [...new Set(history.map((h) => h.actorId))];
  const actors = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, displayName: true } });
  const nameOf = new Map(actors.map((a) => [a.id, a.displayName]));
  const transitions = availableTransitions(
    serviceItemWorkflow,
    scope,
    { id: item.id, status: item.status, orgPath: item.orgPath, facts: { authorIds: authorIdsOf(item) } },
    history,
  ).map((t) => ({ action: t.action, label: t.label, reasonRequired: !!t.reasonRequired }));
  return {
    item,
    versions,
    history: history.map((h) => ({ ...h, id: String(h.id), actorName: nameOf.get(h.actorId) ?? "—" })),
    transitions,
  };
}

// ---- public (§7.10 公开承诺: no session) -------------------------------------------------------

/**
 * Unscoped on purpose: the published guide is public by law (§7.10). Only PUBLISHED versions
 * are returned, and only the fields the guide prints — never who drafted or reviewed them.
 */
export async function unsafeListPublishedItems() {
  return db.serviceItem.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ module: "asc" }, { code: "asc" }],
    select: { code: true, name: true, module: true, promisedWorkingDays: true, proxyEligible: true, homeServiceEligible: true },
  });
}

/** The 办事指南 of one code: its published version, or null. */
export async function unsafeGetPublishedItem(code: string) {
  return db.serviceItem.findFirst({
    where: { code: code.toUpperCase().slice(0, 20), status: "PUBLISHED" },
    select: {
      code: true, name: true, module: true, levels: true, legalBasis: true, conditions: true, requirements: true,
      procedure: true, promisedWorkingDays: true, statutoryWorkingDays: true, complaintChannel: true, consultPhone: true,
      proxyEligible: true, homeServiceEligible: true, requiresOnSiteAuthentication: true, fee: true, itemVersion: true,
      publishedAt: true,
      materials: {
        orderBy: { sortOrder: "asc" },
        select: { name: true, originalOrCopy: true, count: true, mandatory: true, note: true, howToObtain: true },
      },
    },
  });
}
export type PublishedItem = NonNullable<Awaited<ReturnType<typeof unsafeGetPublishedItem>>>;

/** Groups by module in the labels' order, dropping empty modules. */
export function groupByModule<T extends { module: ServiceModule }>(items: readonly T[]) {
  return SERVICE_MODULES.map((module) => ({ module, items: items.filter((i) => i.module === module) })).filter((g) => g.items.length > 0);
}
