import { z } from "zod";

export const REMINDER_LEVELS = ["INFO", "WARN", "OVERDUE"] as const;

export const MarkReminderReadInput = z.object({ id: z.string().min(1).max(40) });
export type MarkReminderReadInput = z.infer<typeof MarkReminderReadInput>;

export const MarkAllRemindersReadInput = z.object({ level: z.enum(REMINDER_LEVELS).optional() });
export type MarkAllRemindersReadInput = z.infer<typeof MarkAllRemindersReadInput>;
