import "server-only";
import type { Tx } from "@/lib/core/db";
import type { ReminderLevel } from "@/lib/generated/prisma/enums";

// the one way anything puts a message in a staff member's inbox. `fireKey` is unique in the
// table, so the same reminder written twice (two scheduler instances, a retried action) is
// stored once: callers choose keys that name the occasion (rule, record, step, day).

export type ReminderInput = {
  ruleId: string;
  entityType: string;
  entityId: string;
  assigneeUserId: string;
  level: ReminderLevel;
  message: string;
  href?: string;
  dueDate?: string | null;
  escalation?: number;
  fireKey: string;
  orgPath: string;
};

/** Inserts the reminders whose fireKey is new; returns how many were new. */
export async function writeReminders(db: Pick<Tx, "reminder">, reminders: readonly ReminderInput[]): Promise<number> {
  if (reminders.length === 0) return 0;
  const { count } = await db.reminder.createMany({
    data: reminders.map((r) => ({
      ruleId: r.ruleId,
      entityType: r.entityType,
      entityId: r.entityId,
      assigneeUserId: r.assigneeUserId,
      level: r.level,
      message: r.message.slice(0, 300),
      href: r.href ?? null,
      dueDate: r.dueDate ? new Date(`${r.dueDate}T00:00:00.000Z`) : null,
      escalation: r.escalation ?? 0,
      fireKey: r.fireKey.slice(0, 200),
      orgPath: r.orgPath,
    })),
    skipDuplicates: true,
  });
  return count;
}
