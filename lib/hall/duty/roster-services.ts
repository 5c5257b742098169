import "server-only";
import { db } from "@/lib/core/db";
import { writeAudit, writeAuditMany } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { loadOverrides } from "@/lib/core/calendar";
import { isWorkingDay, todayInShanghai } from "@/lib/core/calendar-math";
import { Conflict, DomainError, FieldError, Forbidden, NotFound, isUniqueViolation } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { dateOnly, toDateColumn } from "@/lib/hall/cases/due-date";
import { loadHallUnit } from "@/lib/hall/windows/unit";
import { rotateDuty } from "./rotation";
import { DutyLogInput, RosterDayInput, RosterGenerateInput, RosterWeekInput } from "./schemas";
import { onLeaveAtLunch, unitStaffOf, windowStaffOf } from "./staff";
import { isMonday, weekDates } from "./week";

// §7.1.2 午间服务 (SPEC §3.12.5, HALL-11/12): one roster per working day 12:00–13:30, made by a
// round-robin over the unit's window staff, published for the hall, with the day's log.

/** AMB-13: lunch duty applies to units with a hall (or explicitly configured). */
async function loadDutyUnit(scope: Scope, orgUnitId?: string) {
  const unit = await loadHallUnit(scope, orgUnitId);
  if (!unit.lunchDutyRequired && !unit.hasServiceHall) throw new DomainError("本单位未设置午间值班（仅设有服务大厅或配置了午间值班的单位需要）");
  return unit;
}

async function rosterDays(weekStart: string, today: string) {
  if (!isMonday(weekStart)) throw new FieldError("weekStart", "请选择一周的周一");
  const overrides = await loadOverrides();
  return weekDates(weekStart).filter((d) => isWorkingDay(d, overrides) && d >= today);
}

export async function loadRosterInScope(scope: Scope, id: string) {
  const r = await scopedDb(scope).lunchDutyRoster.findFirst({ where: { id } });
  if (!r) throw new NotFound("值班安排不存在或不在您的管辖范围内");
  return r;
}

/**
 * Generates (or regenerates, while unpublished) the remaining working days of a week. Staff on
 * approved leave during the slot are skipped; a day on which every window staff member is away
 * falls back to the unit's other staff, and fails only if nobody at all is available.
 */
export async function generateWeekRoster(scope: Scope, raw: RosterGenerateInput, now = new Date()) {
  assertCan(scope, "hall.roster.manage");
  const input = parseInput(RosterGenerateInput, raw);
  const unit = await loadDutyUnit(scope, input.orgUnitId);
  const days = await rosterDays(input.weekStart, todayInShanghai(now));
  if (days.length === 0) throw new DomainError("本周已没有需要安排午间值班的工作日");
  const windows = await db.serviceWindow.findMany({ where: { orgUnitId: unit.id, active: true }, orderBy: { windowNo: "asc" }, select: { id: true } });
  if (windows.length === 0) throw new DomainError("本单位没有启用的窗口，请先设置窗口和AB角");
  const existing = await db.lunchDutyRoster.findMany({ where: { orgUnitId: unit.id, date: { in: days.map(toDateColumn) } } });
  if (existing.some((r) => r.publishedAt)) throw new Conflict("本周值班表已发布，请逐日调整");

  const { order, inPair } = await windowStaffOf(unit.id, days);
  const fallback = (await unitStaffOf(unit.id)).map((u) => u.id);
  const leave = await onLeaveAtLunch([...new Set([...order, ...fallback])], days);
  const previous = await db.lunchDutyRoster.findFirst({
    where: { orgUnitId: unit.id, date: { lt: toDateColumn(days[0]) } }, orderBy: { date: "desc" }, select: { dutyUserIds: true },
  });
  const plan = rotateDuty(
    order,
    days.map((d) => ({ date: d, unavailable: new Set([...leave.get(d)!, ...order.filter((id) => !inPair.get(d)!.has(id))]) })),
    input.staffPerDay,
    previous?.dutyUserIds.at(-1),
  ).map((p) => {
    if (p.userIds.length > 0) return p;
    const stand = fallback.find((id) => !leave.get(p.date)!.has(id));
    if (!stand) throw new DomainError(`${p.date} 本单位工作人员均在休假，无法安排午间值班，请调整请假或人员`);
    return { date: p.date, userIds: [stand] };
  });

  try {
    return await db.$transaction(async (tx) => {
      // A draft is regenerated in place (version-bumped), never deleted.
      const byDate = new Map(existing.map((r) => [dateOnly(r.date)!, r]));
      const windowIds = windows.map((w) => w.id);
      const rows = [];
      for (const p of plan) {
        const old = byDate.get(p.date);
        if (old) {
          const { count } = await tx.lunchDutyRoster.updateMany({
            where: { id: old.id, version: old.version, publishedAt: null },
            data: { dutyUserIds: p.userIds, windowIds, version: { increment: 1 } },
          });
          if (count !== 1) throw new Conflict();
          rows.push({ ...old, dutyUserIds: p.userIds, windowIds, version: old.version + 1 });
        } else {
          rows.push(await tx.lunchDutyRoster.create({
            data: { date: toDateColumn(p.date), dutyUserIds: p.userIds, windowIds, orgUnitId: unit.id, orgPath: unit.path, createdById: scope.userId },
          }));
        }
      }
      await writeAuditMany(tx, actorOf(scope), rows.map((r) => ({
        action: byDate.has(dateOnly(r.date)!) ? ("UPDATE" as const) : ("CREATE" as const), entityType: "LunchDutyRoster", entityId: r.id, orgPath: r.orgPath,
        diff: { date: dateOnly(r.date), dutyUserIds: r.dutyUserIds, windowIds: r.windowIds, generated: true },
      })));
      return rows;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new Conflict("值班表刚刚已由他人生成，请刷新后查看");
    throw e;
  }
}

/** Edits one day: ≥1 active staff of the unit not on leave at lunch, ≥1 active window (HALL-11). */
export async function updateRosterDay(scope: Scope, raw: RosterDayInput, now = new Date()) {
  assertCan(scope, "hall.roster.manage");
  const input = parseInput(RosterDayInput, raw);
  const r = await loadRosterInScope(scope, input.id);
  const date = dateOnly(r.date)!;
  if (date < todayInShanghai(now)) throw new DomainError("已过去的值班安排不能修改");
  if (r.version !== input.version) throw new Conflict();
  const dutyUserIds = [...new Set(input.dutyUserIds)];
  const windowIds = [...new Set(input.windowIds)];
  const staff = new Set((await unitStaffOf(r.orgUnitId)).map((u) => u.id));
  if (dutyUserIds.some((id) => !staff.has(id))) throw new FieldError("dutyUserIds", "值班人员须为本单位在岗工作人员");
  const away = (await onLeaveAtLunch(dutyUserIds, [date])).get(date)!;
  if (away.size > 0) {
    const names = await db.user.findMany({ where: { id: { in: [...away] } }, select: { displayName: true } });
    throw new FieldError("dutyUserIds", `${names.map((n) => n.displayName).join("、")}当日午间已批准休假，不能安排值班`);
  }
  const windows = await db.serviceWindow.count({ where: { id: { in: windowIds }, orgUnitId: r.orgUnitId, active: true } });
  if (windows !== windowIds.length) throw new FieldError("windowIds", "值班窗口须为本单位启用的窗口");
  await db.$transaction(async (tx) => {
    const { count } = await tx.lunchDutyRoster.updateMany({ where: { id: r.id, version: input.version }, data: { dutyUserIds, windowIds, version: { increment: 1 } } });
    if (count !== 1) throw new Conflict();
    await writeAudit(tx, actorOf(scope), {
      action: "UPDATE", entityType: "LunchDutyRoster", entityId: r.id, orgPath: r.orgPath,
      diff: { date, dutyUserIds: { from: r.dutyUserIds, to: dutyUserIds }, windowIds: { from: r.windowIds, to: windowIds } },
    });
  });
  return { id: r.id };
}

/** HALL-12: publishing needs every remaining working day of the week rostered; re-publishing changes nothing. */
export async function publishWeek(scope: Scope, raw: RosterWeekInput, now = new Date()) {
  assertCan(scope, "hall.roster.manage");
  const input = parseInput(RosterWeekInput, raw);
  const unit = await loadDutyUnit(scope, input.orgUnitId);
  const days = await rosterDays(input.weekStart, todayInShanghai(now));
  const rows = await db.lunchDutyRoster.findMany({ where: { orgUnitId: unit.id, date: { in: days.map(toDateColumn) } } });
  const have = new Set(rows.map((r) => dateOnly(r.date)!));
  const missing = days.filter((d) => !have.has(d));
  if (missing.length) throw new DomainError(`以下工作日尚未安排午间值班：${missing.join("、")}`);
  const pending = rows.filter((r) => !r.publishedAt);
  if (pending.length === 0) return { published: 0 };
  await db.$transaction(async (tx) => {
    const { count } = await tx.lunchDutyRoster.updateMany({
      where: { id: { in: pending.map((r) => r.id) }, publishedAt: null },
      data: { publishedAt: now, publishedById: scope.userId, version: { increment: 1 } },
    });
    if (count !== pending.length) throw new Conflict();
    await writeAuditMany(tx, actorOf(scope), pending.map((r) => ({
      action: "STATUS_CHANGE" as const, entityType: "LunchDutyRoster", entityId: r.id, orgPath: r.orgPath,
      diff: { date: dateOnly(r.date), published: true },
    })));
  });
  return { published: pending.length };
}

/** The day's log (SPEC LunchDutyLog): clients served and a note, by the staff on duty or a reviewer. */
export async function recordDutyLog(scope: Scope, raw: DutyLogInput, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(DutyLogInput, raw);
  const r = await loadRosterInScope(scope, input.id);
  if (!r.dutyUserIds.includes(scope.userId) && scope.role !== "REVIEWER") throw new Forbidden("值班记录由当日值班人员或审核人员填写");
  if (!r.publishedAt) throw new DomainError("值班表尚未发布");
  if (dateOnly(r.date)! > todayInShanghai(now)) throw new DomainError("值班当天才能填写值班记录");
  if (r.version !== input.version) throw new Conflict();
  await db.$transaction(async (tx) => {
    const { count } = await tx.lunchDutyRoster.updateMany({
      where: { id: r.id, version: input.version },
      data: { clientsServed: input.clientsServed, logNote: input.logNote ?? null, version: { increment: 1 } },
    });
    if (count !== 1) throw new Conflict();
    await writeAudit(tx, actorOf(scope), {
      action: "UPDATE", entityType: "LunchDutyRoster", entityId: r.id, orgPath: r.orgPath,
      diff: { clientsServed: { from: r.clientsServed, to: input.clientsServed }, logNote: input.logNote ?? null },
    });
  });
  return { id: r.id };
}
