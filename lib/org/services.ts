import "server-only";
import { db } from "@/lib/core/db";
import { writeAudit, fieldDiff } from "@/lib/core/audit";
import { Conflict, FieldError, Forbidden, DomainError } from "@/lib/core/errors";
import { loadUnitInScope, type Scope } from "@/lib/core/scope";
import { actorOf } from "@/lib/core/actor";
import type { OrgLevel } from "@/lib/generated/prisma/enums";
import { OrgUnitCreateInput, OrgUnitStatusInput, OrgUnitUpdateInput } from "./schemas";

const CHILD_LEVEL: Record<OrgLevel, OrgLevel | null> = { CITY: "DISTRICT", DISTRICT: "TOWN", TOWN: "VILLAGE", VILLAGE: null };
const CODE_LENGTH: Record<OrgLevel, number> = { CITY: 6, DISTRICT: 6, TOWN: 9, VILLAGE: 12 };
const LEVEL_RANK: Record<OrgLevel, number> = { CITY: 0, DISTRICT: 1, TOWN: 2, VILLAGE: 3 };

/**
 * ORG-02: the city admin manages districts; district admins manage towns and villages; a town
 * admin administers its villages (§2.2). Nobody manages their own unit's existence.
 */
function assertMayManage(scope: Scope, level: OrgLevel) {
  if (LEVEL_RANK[level] <= LEVEL_RANK[scope.level]) throw new Forbidden("只能管理本单位下级的单位");
}

export async function createOrgUnit(scope: Scope, raw: OrgUnitCreateInput) {
  const input = OrgUnitCreateInput.parse(raw);
  const parent = await loadUnitInScope(scope, input.parentId);
  const level = CHILD_LEVEL[parent.level];
  if (!level) throw new FieldError("parentId", "村（社区）级单位下不能再设下级单位（ORG-01：共四级）");
  assertMayManage(scope, level);
  if (!parent.active) throw new FieldError("parentId", "上级单位已停用");
  if (input.code.length !== CODE_LENGTH[level]) throw new FieldError("code", `${level === "DISTRICT" ? "区（市）" : level === "TOWN" ? "镇（街道）" : "村（社区）"}单位代码应为${CODE_LENGTH[level]}位`);
  if (level !== "DISTRICT" && !input.code.startsWith(parent.code)) throw new FieldError("code", `单位代码应以上级代码 ${parent.code} 开头`);
  const subtype = input.subtype ?? null;
  if (level === "TOWN" && subtype && !["TOWN", "STREET"].includes(subtype)) throw new FieldError("subtype", "镇（街道）级单位的类型应为镇或街道");
  if (level === "VILLAGE" && !subtype) throw new FieldError("subtype", "请选择村或社区（ORG-03）");
  if (level === "VILLAGE" && !["VILLAGE", "COMMUNITY"].includes(subtype!)) throw new FieldError("subtype", "村（社区）级单位的类型应为村或社区");
  const path = `${parent.path}${input.code}/`;
  const clash = await db.orgUnit.findFirst({ where: { OR: [{ code: input.code }, { path }] }, select: { id: true } });
  if (clash) throw new FieldError("code", "单位代码已存在");
  return db.$transaction(async (tx) => {
    const unit = await tx.orgUnit.create({
      data: {
        code: input.code, name: input.name, level, subtype, parentId: parent.id, path,
        hasServiceHall: input.hasServiceHall ?? false, lunchDutyRequired: input.hasServiceHall ?? false,
        address: input.address || null, officePhone: input.officePhone ?? null, createdById: scope.userId, updatedById: scope.userId,
      },
    });
    await writeAudit(tx, actorOf(scope), { action: "CREATE", entityType: "OrgUnit", entityId: unit.id, orgPath: unit.path, diff: { code: unit.code, name: unit.name, level } });
    return unit;
  });
}

export async function updateOrgUnit(scope: Scope, raw: OrgUnitUpdateInput) {
  const input = OrgUnitUpdateInput.parse(raw);
  const unit = await loadUnitInScope(scope, input.id);
  assertMayManage(scope, unit.level);
  const data = { name: input.name, hasServiceHall: input.hasServiceHall, address: input.address || null, officePhone: input.officePhone ?? null };
  return db.$transaction(async (tx) => {
    const { count } = await tx.orgUnit.updateMany({
      where: { id: unit.id, version: input.version },
      data: { ...data, version: { increment: 1 }, updatedById: scope.userId },
    });
    if (count !== 1) throw new Conflict();
    await writeAudit(tx, actorOf(scope), { action: "UPDATE", entityType: "OrgUnit", entityId: unit.id, orgPath: unit.path, diff: fieldDiff(unit, data) });
  });
}

/** ORG-02: refused while the unit still owns people, active users or active sub-units. */
export async function deactivateOrgUnit(scope: Scope, raw: OrgUnitStatusInput) {
  const input = OrgUnitStatusInput.parse(raw);
  const unit = await loadUnitInScope(scope, input.id);
  assertMayManage(scope, unit.level);
  return db.$transaction(async (tx) => {
    const [persons, users, children] = await Promise.all([
      tx.person.count({ where: { orgUnitId: unit.id, deletedAt: null } }),
      tx.user.count({ where: { orgUnitId: unit.id, active: true } }),
      tx.orgUnit.count({ where: { parentId: unit.id, active: true } }),
    ]);
    const blockers = [persons && `${persons}名人员`, users && `${users}个在用账号`, children && `${children}个下级单位`].filter(Boolean);
    if (blockers.length) throw new DomainError(`该单位仍有${blockers.join("、")}，请先转移后再停用`);
    const { count } = await tx.orgUnit.updateMany({ where: { id: unit.id, version: input.version }, data: { active: false, version: { increment: 1 }, updatedById: scope.userId } });
    if (count !== 1) throw new Conflict();
    await writeAudit(tx, actorOf(scope), { action: "UPDATE", entityType: "OrgUnit", entityId: unit.id, orgPath: unit.path, diff: { active: { from: true, to: false } } });
  });
}

export async function reactivateOrgUnit(scope: Scope, raw: OrgUnitStatusInput) {
  const input = OrgUnitStatusInput.parse(raw);
  const unit = await loadUnitInScope(scope, input.id);
  assertMayManage(scope, unit.level);
  const parent = unit.parentId ? await db.orgUnit.findUnique({ where: { id: unit.parentId } }) : null;
  if (parent && !parent.active) throw new DomainError("上级单位已停用，不能启用本单位");
  return db.$transaction(async (tx) => {
    const { count } = await tx.orgUnit.updateMany({ where: { id: unit.id, version: input.version }, data: { active: true, version: { increment: 1 }, updatedById: scope.userId } });
    if (count !== 1) throw new Conflict();
    await writeAudit(tx, actorOf(scope), { action: "UPDATE", entityType: "OrgUnit", entityId: unit.id, orgPath: unit.path, diff: { active: { from: false, to: true } } });
  });
}
