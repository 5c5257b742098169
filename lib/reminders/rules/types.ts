import type { Db } from "@/lib/core/db";
import type { DayOverride } from "@/lib/core/calendar-math";
import type { ReminderInput } from "../notify";

// One reminder rule of the §4.6 catalogue. A rule only READS and returns the reminders it wants
// sent; the job writes them through writeReminders, whose unique fireKey makes a rerun harmless.

export type RuleContext = {
  /** The scheduler is a system job: it reads every unit's records (deliberately unscoped). */
  db: Db;
  now: Date;
  /** Asia/Shanghai date of `now`. */
  today: string;
  /** Asia/Shanghai "HH:MM" of `now`. */
  time: string;
  overrides: DayOverride;
};

export type ReminderRule = {
  id: string;
  /** daily rules run once a day from 06:30; hourly rules once per hour ("same-day items"). */
  cadence: "daily" | "hourly";
  evaluate(ctx: RuleContext): Promise<ReminderInput[]>;
};
