import "server-only";
import { db, type Tx } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { addDays, todayInShanghai } from "@/lib/core/calendar-math";
import { Conflict, DomainError, FieldError, NotFound } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { dateOnly, toDateColumn } from "@/lib/hall/cases/due-date";
import { loadWindowInScope } from "@/lib/hall/windows/services";
import { firstOverlap, formatPeriod } from "./period";
import { AssignmentCreateInput, AssignmentEndInput } from "./schemas";

// SPEC §2.7 AbRoleAssignment / ORG-40 (§7.7.1): one current A and B per window, periods never
// overlap. §2.6: reviewers and admins keep the A/B assignments (hall.roster.manage).

/**
 * Serialises every assignment change of one window: the row lock is held to the end of the
 * transaction, so two concurrent assignments cannot both pass the overlap check.
 */
async function lockWindow(tx: Tx, windowId: string) {
  await tx.$queryRaw`SELECT id FROM "ServiceWindow" WHERE id = ${windowId} FOR UPDATE`;
}

async function periodsOfWindow(tx: Tx, windowId: string, exceptId?: string) {
  const rows = await tx.abRoleAssignment.findMany({
    where: { windowId, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: { id: true, effectiveFrom: true, effectiveTo: true },
  });
  return rows.map((r) => ({ id: r.id, from: dateOnly(r.effectiveFrom)!, to: dateOnly(r.effectiveTo) }));
}

/** §2.7: "active staff of the same unit"; staff here are the unit's CLERK and REVIEWER accounts. */
async function assertPairStaff(orgUnitId: string, aUserId: string, bUserId: string) {
  const users = await db.user.findMany({
    where: { id: { in: [aUserId, bUserId] }, orgUnitId, active: true, role: { in: ["CLERK", "REVIEWER"] } },
    select: { id: true },
  });
  const ok = new Set(users.map((u) => u.id));
  if (!ok.has(aUserId)) throw new FieldError("aUserId", "A角须为本单位在岗的窗口工作人员（经办或审核人员）");
  if (!ok.has(bUserId)) throw new FieldError("bUserId", "B角须为本单位在岗的窗口工作人员（经办或审核人员）");
}

export async function createAssignment(scope: Scope, raw: AssignmentCreateInput, now = new Date()) {
  assertCan(scope, "hall.roster.manage");
  const input = parseInput(AssignmentCreateInput, raw);
  const w = await loadWindowInScope(scope, input.windowId);
  if (!w.active) throw new DomainError("该窗口已停用，不能安排AB角");
  // Responsibility already resolved for past days must not change after the fact (ORG-43).
  if (input.effectiveFrom < todayInShanghai(now)) throw new FieldError("effectiveFrom", "生效日期不能早于今天");
  await assertPairStaff(w.orgUnitId, input.aUserId, input.bUserId);
  const candidate = { from: input.effectiveFrom, to: input.effectiveTo ?? null };
  return db.$transaction(async (tx) => {
    await lockWindow(tx, w.id);
    const clash = firstOverlap(await periodsOfWindow(tx, w.id), candidate);
    if (clash) throw new FieldError("effectiveFrom", `该窗口在 ${formatPeriod(clash)} 已有AB角安排，期间不能重叠；请先结束原安排`);
    const a = await tx.abRoleAssignment.create({
      data: {
        windowId: w.id, aUserId: input.aUserId, bUserId: input.bUserId, effectiveFrom: toDateColumn(candidate.from),
        effectiveTo: candidate.to ? toDateColumn(candidate.to) : null, orgUnitId: w.orgUnitId, orgPath: w.orgPath,
        createdById: scope.userId, updatedById: scope.userId,
      },
    });
    await writeAudit(tx, actorOf(scope), {
      action: "CREATE", entityType: "AbRoleAssignment", entityId: a.id, orgPath: a.orgPath,
      diff: { windowId: w.id, windowNo: w.windowNo, aUserId: a.aUserId, bUserId: a.bUserId, effectiveFrom: candidate.from, effectiveTo: candidate.to },
    });
    return a;
  });
}

/**
 * 结束安排: sets the last day in force. It may only shorten the period, never reach further back
 * than yesterday (so a pair can be replaced from today), and the day before the start cancels
 * an assignment that has not begun.
 */
export async function endAssignment(scope: Scope, raw: AssignmentEndInput, now = new Date()) {
  assertCan(scope, "hall.roster.manage");
  const input = parseInput(AssignmentEndInput, raw);
  const a = await scopedDb(scope).abRoleAssignment.findFirst({ where: { id: input.id } });
  if (!a) throw new NotFound("AB角安排不存在或不在您的管辖范围内");
  const from = dateOnly(a.effectiveFrom)!;
  const to = dateOnly(a.effectiveTo);
  if (to === input.effectiveTo) return { id: a.id, changed: false };
  if (a.version !== input.version) throw new Conflict();
  const yesterday = addDays(todayInShanghai(now), -1);
  if (input.effectiveTo < yesterday) throw new FieldError("effectiveTo", "失效日期最早为昨天，不能追溯更改以往的AB角责任");
  if (input.effectiveTo < addDays(from, -1)) throw new FieldError("effectiveTo", "失效日期不能早于生效日期");
  if (to !== null && input.effectiveTo > to) throw new FieldError("effectiveTo", `该安排已于 ${to} 结束，只能提前，不能延长；延长请新增安排`);
  await db.$transaction(async (tx) => {
    await lockWindow(tx, a.windowId);
    const { count } = await tx.abRoleAssignment.updateMany({
      where: { id: a.id, version: input.version },
      data: { effectiveTo: toDateColumn(input.effectiveTo), version: { increment: 1 }, updatedById: scope.userId },
    });
    if (count !== 1) throw new Conflict();
    await writeAudit(tx, actorOf(scope), {
      action: "UPDATE", entityType: "AbRoleAssignment", entityId: a.id, orgPath: a.orgPath,
      diff: { effectiveTo: { from: to, to: input.effectiveTo }, ...(input.effectiveTo < from ? { cancelled: true } : {}) },
    });
  });
  return { id: a.id, changed: true };
}
