// HALL-50 (§7.4.1 台账"实时更新", Rec.): an open case whose tracking ledger has not moved for 5
// working days since acceptance or its last entry is flagged. Shared by the ledger page and the
// R-HALL-5 reminder so both flag the same cases. Pure.
import type { DayOverride } from "@/lib/core/calendar-math";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { staleBefore, trackingStaleness } from "@/lib/reminders/rule-dates";

export const TRACKING_STALE_WORKING_DAYS = 5;

/** Activity strictly before this instant (Shanghai midnight of a working day) is stale today. */
export function staleCutoffInstant(today: string, overrides: DayOverride, n = TRACKING_STALE_WORKING_DAYS): Date {
  return new Date(`${staleBefore(today, n, overrides)}T00:00:00+08:00`);
}

/** The last activity of a case: its newest tracking entry, or its acceptance. */
export function lastActivityOf(acceptedAt: Date | null, lastEntryAt: Date | null | undefined): Date | null {
  if (!acceptedAt) return lastEntryAt ?? null;
  if (!lastEntryAt) return acceptedAt;
  return lastEntryAt > acceptedAt ? lastEntryAt : acceptedAt;
}

export function freshnessOf(lastActivity: Date | null, today: string, overrides: DayOverride) {
  if (!lastActivity) return { workingDays: 0, stretch: 0, stale: false, since: null as string | null };
  const since = todayInShanghai(lastActivity);
  const s = trackingStaleness(since, today, overrides, TRACKING_STALE_WORKING_DAYS);
  return { ...s, stale: s.workingDays >= TRACKING_STALE_WORKING_DAYS, since };
}
