import "server-only";
import { NotFound } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { MarkAllRemindersReadInput, MarkReminderReadInput } from "./schemas";

// Marking one's own reminders read. A read mark is a receipt in a personal inbox, not a change to
// a business record (X-01 lists those), so it is not audited, and it needs no version: marking an
// already-read reminder again changes nothing. Another user's reminder is "not found".

export async function markReminderRead(scope: Scope, raw: MarkReminderReadInput, now = new Date()) {
  assertCan(scope, "reminder.read");
  const input = parseInput(MarkReminderReadInput, raw);
  const sdb = scopedDb(scope);
  const r = await sdb.reminder.findFirst({ where: { id: input.id, assigneeUserId: scope.userId }, select: { id: true, readAt: true, href: true } });
  if (!r) throw new NotFound("提醒不存在");
  if (!r.readAt) await sdb.reminder.updateMany({ where: { id: r.id, assigneeUserId: scope.userId, readAt: null }, data: { readAt: now } });
  return { href: r.href };
}

export async function markAllRemindersRead(scope: Scope, raw: MarkAllRemindersReadInput = {}, now = new Date()) {
  assertCan(scope, "reminder.read");
  const input = parseInput(MarkAllRemindersReadInput, raw);
  const { count } = await scopedDb(scope).reminder.updateMany({
    where: { assigneeUserId: scope.userId, readAt: null, ...(input.level ? { level: input.level } : {}) },
    data: { readAt: now },
  });
  return { count };
}
