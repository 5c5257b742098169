import "server-only";
import { db, type Tx } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { invalidateCalendarCache } from "@/lib/core/calendar";
import { FieldError, NotFound } from "@/lib/core/errors";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import {
  CalendarDayDeleteInput, CalendarDayUpsertInput, describeLineErrors, parseCalendarLines, MAX_BULK_CHARS,
  type CalendarBulkInput, type CalendarLine,
} from "./schemas";

const toDate = (d: string) => new Date(`${d}T00:00:00Z`);

async function upsertDay(tx: Tx, scope: Scope, day: CalendarLine) {
  const before = await tx.workCalendarDay.findUnique({ where: { date: toDate(day.date) } });
  const data = { isWorkingDay: day.isWorkingDay, name: day.name, updatedById: scope.userId };
  await tx.workCalendarDay.upsert({ where: { date: toDate(day.date) }, create: { date: toDate(day.date), ...data }, update: data });
  return before ? { isWorkingDay: before.isWorkingDay, name: before.name } : null;
}

/** sets one date's override (holiday or 调休 working day); audited as CONFIG_CHANGE. */
export async function upsertCalendarDay(scope: Scope, raw: CalendarDayUpsertInput) {
  assertCan(scope, "calendar.manage");
  const input = CalendarDayUpsertInput.parse(raw);
  await db.$transaction(async (tx) => {
    const before = await upsertDay(tx, scope, input);
    await writeAudit(tx, actorOf(scope), {
      action: "CONFIG_CHANGE", entityType: "WorkCalendarDay", entityId: input.date, orgPath: scope.orgPath,
      reason: before ? "修改工作日历" : "新增工作日历",
      diff: { date: input.date, from: before, to: { isWorkingDay: input.isWorkingDay, name: input.name } },
    });
  });
  invalidateCalendarCache();
}

/** Removes an override, so the date falls back to the Mon–Fri rule; audited as CONFIG_CHANGE. */
export async function deleteCalendarDay(scope: Scope, raw: CalendarDayDeleteInput) {
  assertCan(scope, "calendar.manage");
  const input = CalendarDayDeleteInput.parse(raw);
  await db.$transaction(async (tx) => {
    const before = await tx.workCalendarDay.findUnique({ where: { date: toDate(input.date) } });
    if (!before) throw new NotFound("该日期没有设置节假日或调休");
    await tx.workCalendarDay.delete({ where: { date: toDate(input.date) } });
    await writeAudit(tx, actorOf(scope), {
      action: "CONFIG_CHANGE", entityType: "WorkCalendarDay", entityId: input.date, orgPath: scope.orgPath,
      reason: "删除工作日历",
      diff: { date: input.date, from: { isWorkingDay: before.isWorkingDay, name: before.name }, to: null },
    });
  });
  invalidateCalendarCache();
}

/**
 * Loads pasted lines "YYYY-MM-DD,休/班,名称" (the State Council notice) all-or-nothing: one bad
 * line and nothing is written, and the error lists every bad line. One audit event per load.
 */
export async function bulkLoadCalendar(scope: Scope, raw: CalendarBulkInput) {
  assertCan(scope, "calendar.manage");
  const text = raw.text ?? "";
  if (text.length > MAX_BULK_CHARS) throw new FieldError("text", "内容过长");
  const { rows, errors } = parseCalendarLines(text);
  if (errors.length) throw new FieldError("text", describeLineErrors(errors));
  let replaced = 0;
  await db.$transaction(async (tx) => {
    for (const row of rows) if (await upsertDay(tx, scope, row)) replaced++;
    await writeAudit(tx, actorOf(scope), {
      action: "CONFIG_CHANGE", entityType: "WorkCalendarDay", orgPath: scope.orgPath, reason: "批量导入工作日历",
      diff: { loaded: rows.length, replaced, days: rows.map((r) => `${r.date},${r.isWorkingDay ? "班" : "休"},${r.name}`) },
    });
  }, { timeout: 30_000 });
  invalidateCalendarCache();
  return { loaded: rows.length, replaced };
}
