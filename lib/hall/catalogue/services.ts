import "server-only";
import { db, type Tx } from "@/lib/core/db";
import { fieldDiff, writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { Conflict, DomainError, FieldError, NotFound, isUniqueViolation } from "@/lib/core/errors";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { fireTransition } from "@/lib/core/workflow";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ServiceItem, ServiceItemStatus } from "@/lib/generated/prisma/client";
import { ServiceItemCreateInput, ServiceItemTransitionInput, ServiceItemUpdateInput } from "./schemas";
import { serviceItemWorkflow, type ServiceItemAction } from "./workflow";

// The catalogue is shared city-wide (ORG-24): rows are not filtered by orgPath, but only the city
// admin writes them (catalogue.edit), checked here as well as in the action (fails closed).

type ItemFields = Omit<ServiceItemUpdateInput, "id" | "version" | "materials">;

function columnsOf(input: ItemFields & { statutoryWorkingDays?: number }) {
  return {
    name: input.name, module: input.module, levels: input.levels, legalBasis: input.legalBasis, conditions: input.conditions,
    requirements: input.requirements, procedure: input.procedure as Prisma.InputJsonValue, promisedWorkingDays: input.promisedWorkingDays,
    statutoryWorkingDays: input.statutoryWorkingDays ?? null, complaintChannel: input.complaintChannel, consultPhone: input.consultPhone,
    proxyEligible: input.proxyEligible, homeServiceEligible: input.homeServiceEligible,
    requiresOnSiteAuthentication: input.requiresOnSiteAuthentication, fee: input.fee,
  };
}

function materialRows(materials: ServiceItemUpdateInput["materials"]) {
  return materials.map((m, i) => ({
    name: m.name, originalOrCopy: m.originalOrCopy, count: m.count, mandatory: m.mandatory,
    note: m.note || null, howToObtain: m.howToObtain || null, sortOrder: i,
  }));
}

export async function createServiceItem(scope: Scope, raw: ServiceItemCreateInput) {
  assertCan(scope, "catalogue.edit");
  const input = ServiceItemCreateInput.parse(raw);
  if (await db.serviceItem.findFirst({ where: { code: input.code }, select: { id: true } })) {
    throw new FieldError("code", "事项编码已存在");
  }
  try {
    return await db.$transaction(async (tx) => {
      const item = await tx.serviceItem.create({
        data: {
          code: input.code, itemVersion: 1, status: "DRAFT", orgPath: scope.orgPath, ...columnsOf(input),
          createdById: scope.userId, updatedById: scope.userId, materials: { create: materialRows(input.materials) },
        },
      });
      await writeAudit(tx, actorOf(scope), {
        action: "CREATE", entityType: "ServiceItem", entityId: item.id, orgPath: item.orgPath,
        diff: { code: item.code, itemVersion: 1, name: item.name },
      });
      return item;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new FieldError("code", "事项编码已存在");
    throw e;
  }
}

/**
 * A DRAFT is edited in place (version-checked). A PUBLISHED or RETIRED version is immutable: the
 * edit becomes the next DRAFT version of the same code, and the published one stays on show
 * until the new version is published. Returns the id of the row that now holds the edit.
 */
export async function updateServiceItem(scope: Scope, raw: ServiceItemUpdateInput): Promise<{ id: string; newVersion: boolean }> {
  assertCan(scope, "catalogue.edit");
  const input = ServiceItemUpdateInput.parse(raw);
  const item = await db.serviceItem.findUnique({ where: { id: input.id }, include: { materials: { orderBy: { sortOrder: "asc" } } } });
  if (!item) throw new NotFound("服务事项不存在");
  if (item.version !== input.version) throw new Conflict();
  if (item.status === "REVIEWED") throw new DomainError("已审核的事项不能直接修改，请先退回修改");
  const columns = columnsOf(input);
  if (item.status === "DRAFT") {
    await db.$transaction(async (tx) => {
      const { count } = await tx.serviceItem.updateMany({
        where: { id: item.id, version: input.version, status: "DRAFT" },
        data: { ...columns, version: { increment: 1 }, updatedById: scope.userId },
      });
      if (count !== 1) throw new Conflict();
      await tx.materialDef.deleteMany({ where: { serviceItemId: item.id } });
      await tx.materialDef.createMany({ data: materialRows(input.materials).map((m) => ({ ...m, serviceItemId: item.id })) });
      await writeAudit(tx, actorOf(scope), {
        action: "UPDATE", entityType: "ServiceItem", entityId: item.id, orgPath: item.orgPath,
        diff: fieldDiff(
          { ...item, materials: item.materials.map((m) => m.name) } as Record<string, unknown>,
          { ...columns, materials: input.materials.map((m) => m.name) },
        ),
      });
    });
    return { id: item.id, newVersion: false };
  }
  return draftNextVersion(scope, item, input);
}

async function draftNextVersion(scope: Scope, item: ServiceItem, input: ReturnType<typeof ServiceItemUpdateInput.parse>) {
  const open = await db.serviceItem.findFirst({ where: { code: item.code, status: { in: ["DRAFT", "REVIEWED"] } }, select: { itemVersion: true } });
  if (open) throw new Conflict(`该事项已有待发布的第${open.itemVersion}版，请在该版本上修改`);
  const latest = await db.serviceItem.aggregate({ where: { code: item.code }, _max: { itemVersion: true } });
  const itemVersion = (latest._max.itemVersion ?? item.itemVersion) + 1;
  try {
    return await db.$transaction(async (tx) => {
      const next = await tx.serviceItem.create({
        data: {
          code: item.code, itemVersion, status: "DRAFT", orgPath: item.orgPath, ...columnsOf(input),
          createdById: scope.userId, updatedById: scope.userId, materials: { create: materialRows(input.materials) },
        },
      });
      await writeAudit(tx, actorOf(scope), {
        action: "CREATE", entityType: "ServiceItem", entityId: next.id, orgPath: next.orgPath,
        diff: { code: item.code, itemVersion, basedOn: { id: item.id, itemVersion: item.itemVersion } },
      });
      return { id: next.id, newVersion: true };
    });
  } catch (e) {
    // Two admins drafting the next version at once: the (code, itemVersion) key lets one win.
    if (isUniqueViolation(e)) throw new Conflict("该事项刚刚已有人起草新版本，请刷新后重试");
    throw e;
  }
}

/** Fires a workflow step. Publishing a version retires the previously published one, in the same transaction. */
export async function transitionServiceItem(scope: Scope, raw: ServiceItemTransitionInput): Promise<ServiceItemStatus> {
  assertCan(scope, scope.role === "REVIEWER" ? "catalogue.review" : "catalogue.edit");
  const input = ServiceItemTransitionInput.parse(raw);
  const item = await db.serviceItem.findUnique({ where: { id: input.id } });
  if (!item) throw new NotFound("服务事项不存在");
  if (item.version !== input.version) throw new Conflict();
  try {
    return await db.$transaction(async (tx) => {
      if (input.action === "publish") {
        const current = await tx.serviceItem.findFirst({ where: { code: item.code, status: "PUBLISHED" } });
        if (current) await fire(tx, scope, current, "retire", `由第${item.itemVersion}版取代`);
      }
      return fire(tx, scope, item, input.action, input.reason);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new Conflict("该事项已有其他版本发布，请刷新后重试");
    throw e;
  }
}

async function fire(tx: Tx, scope: Scope, item: ServiceItem, action: ServiceItemAction, reason?: string) {
  return fireTransition(tx, serviceItemWorkflow, scope, {
    record: { id: item.id, status: item.status, orgPath: item.orgPath, facts: { authorIds: authorIdsOf(item) } },
    action,
    reason,
    commit: async (t, to) => {
      const now = new Date();
      const { count } = await t.serviceItem.updateMany({
        where: { id: item.id, version: item.version, status: item.status },
        data: {
          // updatedById stays the last EDITOR: the four-eyes guard reads it; the history row names the actor.
          status: to, version: { increment: 1 },
          ...(to === "PUBLISHED" ? { publishedKey: item.code, publishedAt: now } : {}),
          ...(to === "RETIRED" ? { publishedKey: null, retiredAt: now } : {}),
        },
      });
      return count;
    },
  });
}

export function authorIdsOf(item: Pick<ServiceItem, "createdById" | "updatedById">): string[] {
  return [item.createdById, item.updatedById].filter((x): x is string => !!x);
}
