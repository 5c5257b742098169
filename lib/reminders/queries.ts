import "server-only";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import type { ReminderLevel } from "@/lib/generated/prisma/enums";
import { REMINDER_LEVELS } from "./schemas";

// X-41 inbox: a user sees only their OWN reminders (assigneeUserId = me), read through scopedDb
// like every other scoped model. Unread first, then newest; the [assigneeUserId, readAt,
// createdAt] index serves both halves and the unread count.

const PAGE_SIZE = 30;
const select = {
  id: true, ruleId: true, entityType: true, entityId: true, level: true, escalation: true, message: true, href: true,
  dueDate: true, createdAt: true, readAt: true,
} as const;

export type ReminderFilter = { level?: string; page?: number };

function levelOf(v: string | undefined): ReminderLevel | undefined {
  return REMINDER_LEVELS.find((l) => l === v);
}

export async function unreadReminderCount(scope: Scope): Promise<number> {
  assertCan(scope, "reminder.read");
  return scopedDb(scope).reminder.count({ where: { assigneeUserId: scope.userId, readAt: null } });
}

/** The newest unread reminders first, topped up with read ones, for the desk and the header. */
export async function getMyReminders(scope: Scope, limit = 5) {
  return (await listMyReminders(scope, { page: 1 }, Math.max(1, Math.min(limit, 50)))).rows;
}

/** One page of the inbox: the unread segment first, then the read one, each newest first. */
export async function listMyReminders(scope: Scope, filter: ReminderFilter, pageSize = PAGE_SIZE) {
  assertCan(scope, "reminder.read");
  const sdb = scopedDb(scope);
  const level = levelOf(filter.level);
  const mine = { assigneeUserId: scope.userId, ...(level ? { level } : {}) };
  const page = Math.max(1, Math.floor(filter.page ?? 1));
  const offset = (page - 1) * pageSize;
  const unread = await sdb.reminder.count({ where: { ...mine, readAt: null } });
  const fromUnread = offset < unread
    ? await sdb.reminder.findMany({ where: { ...mine, readAt: null }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: offset, take: pageSize + 1, select })
    : [];
  const room = pageSize + 1 - fromUnread.length;
  const fromRead = room > 0
    ? await sdb.reminder.findMany({
      where: { ...mine, readAt: { not: null } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: Math.max(0, offset - unread), take: room, select,
    })
    : [];
  const rows = [...fromUnread, ...fromRead];
  return { rows: rows.slice(0, pageSize), page, hasNext: rows.length > pageSize, unread, level };
}
