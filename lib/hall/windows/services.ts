import "server-only";
import { db } from "@/lib/core/db";
import { fieldDiff, writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { Conflict, FieldError, NotFound, isUniqueViolation } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import type { OrgLevel } from "@/lib/generated/prisma/enums";
import { WindowActiveInput, WindowCreateInput, WindowUpdateInput } from "./schemas";
import { loadHallUnit } from "./unit";

// SPEC §2.7 ServiceWindow, managed by unit admins (§2.6 "Manage windows: ADMIN").

const DUPLICATE_NO = "该窗口编号在本单位已存在";

/** Loads a window through the caller's scope (ORG-20), or NotFound. */
export async function loadWindowInScope(scope: Scope, windowId: string) {
  const w = await scopedDb(scope).serviceWindow.findFirst({ where: { id: windowId } });
  if (!w) throw new NotFound("窗口不存在或不在您的管辖范围内");
  return w;
}

/**
 * Every code must name a PUBLISHED catalogue item that may be received at the unit's level
 * (SPEC §3.12.1 `levels`). The catalogue is shared city-wide (ORG-24), so it is read unfiltered.
 */
async function assertPublishedCodes(codes: readonly string[], level: OrgLevel) {
  const unique = [...new Set(codes)];
  const items = await db.serviceItem.findMany({ where: { code: { in: unique }, status: "PUBLISHED" }, select: { code: true, name: true, levels: true } });
  const found = new Map(items.map((i) => [i.code, i]));
  const missing = unique.filter((c) => !found.has(c));
  if (missing.length) throw new FieldError("serviceItemCodes", `以下事项不存在或未公开：${missing.join("、")}`);
  const wrongLevel = items.filter((i) => !i.levels.includes(level));
  if (wrongLevel.length) throw new FieldError("serviceItemCodes", `以下事项不在本级受理：${wrongLevel.map((i) => i.name).join("、")}`);
  return unique;
}

async function assertWindowNoFree(orgUnitId: string, windowNo: string, exceptId?: string) {
  const taken = await db.serviceWindow.findFirst({ where: { orgUnitId, windowNo, ...(exceptId ? { NOT: { id: exceptId } } : {}) }, select: { id: true } });
  if (taken) throw new FieldError("windowNo", DUPLICATE_NO);
}

export async function createWindow(scope: Scope, raw: WindowCreateInput) {
  assertCan(scope, "hall.windows.manage");
  const input = parseInput(WindowCreateInput, raw);
  const unit = await loadHallUnit(scope, input.orgUnitId);
  const codes = await assertPublishedCodes(input.serviceItemCodes, unit.level);
  await assertWindowNoFree(unit.id, input.windowNo);
  try {
    return await db.$transaction(async (tx) => {
      const w = await tx.serviceWindow.create({
        data: {
          windowNo: input.windowNo, name: input.name, serviceItemCodes: codes, isProxyWindow: input.isProxyWindow,
          isIntegrated: input.isIntegrated, orgUnitId: unit.id, orgPath: unit.path, createdById: scope.userId, updatedById: scope.userId,
        },
      });
      await writeAudit(tx, actorOf(scope), {
        action: "CREATE", entityType: "ServiceWindow", entityId: w.id, orgPath: w.orgPath,
        diff: { windowNo: w.windowNo, name: w.name, serviceItemCodes: codes, isProxyWindow: w.isProxyWindow, isIntegrated: w.isIntegrated },
      });
      return w;
    });
  } catch (e) {
    // Two admins creating the same number at once: the (orgUnitId, windowNo) key lets one win.
    if (isUniqueViolation(e)) throw new FieldError("windowNo", DUPLICATE_NO);
    throw e;
  }
}

export async function updateWindow(scope: Scope, raw: WindowUpdateInput) {
  assertCan(scope, "hall.windows.manage");
  const input = parseInput(WindowUpdateInput, raw);
  const w = await loadWindowInScope(scope, input.id);
  if (w.version !== input.version) throw new Conflict();
  const unit = await loadHallUnit(scope, w.orgUnitId);
  const codes = await assertPublishedCodes(input.serviceItemCodes, unit.level);
  if (input.windowNo !== w.windowNo) await assertWindowNoFree(w.orgUnitId, input.windowNo, w.id);
  const data = { windowNo: input.windowNo, name: input.name, serviceItemCodes: codes, isProxyWindow: input.isProxyWindow, isIntegrated: input.isIntegrated };
  try {
    await db.$transaction(async (tx) => {
      const { count } = await tx.serviceWindow.updateMany({
        where: { id: w.id, version: input.version },
        data: { ...data, version: { increment: 1 }, updatedById: scope.userId },
      });
      if (count !== 1) throw new Conflict();
      await writeAudit(tx, actorOf(scope), {
        action: "UPDATE", entityType: "ServiceWindow", entityId: w.id, orgPath: w.orgPath,
        diff: fieldDiff(w as unknown as Record<string, unknown>, data),
      });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new FieldError("windowNo", DUPLICATE_NO);
    throw e;
  }
  return { id: w.id };
}

/** 停用 / 启用. A deactivated window keeps its history; ORG-40 applies to active windows only. */
export async function setWindowActive(scope: Scope, raw: WindowActiveInput) {
  assertCan(scope, "hall.windows.manage");
  const input = parseInput(WindowActiveInput, raw);
  const w = await loadWindowInScope(scope, input.id);
  if (w.active === input.active) return { id: w.id, changed: false };
  if (w.version !== input.version) throw new Conflict();
  await db.$transaction(async (tx) => {
    const { count } = await tx.serviceWindow.updateMany({
      where: { id: w.id, version: input.version },
      data: { active: input.active, version: { increment: 1 }, updatedById: scope.userId },
    });
    if (count !== 1) throw new Conflict();
    await writeAudit(tx, actorOf(scope), {
      action: "UPDATE", entityType: "ServiceWindow", entityId: w.id, orgPath: w.orgPath,
      diff: { active: { from: w.active, to: input.active } },
    });
  });
  return { id: w.id, changed: true };
}
