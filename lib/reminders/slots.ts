// Scheduler slots in Asia/Shanghai (SPEC X-41: "daily 06:30 Asia/Shanghai, plus hourly"). Pure.
// A slot names one run of one job; inserting its SchedulerRun row claims it (see claim-slot.ts).

const SHANGHAI_OFFSET_MS = 8 * 3_600_000; // UTC+8, no DST since 1991.

/** "2026-12-01T06:42" in Shanghai wall-clock time. */
function shanghaiIso(now: Date): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16);
}

/** The hourly slot, e.g. "2026-12-01T06". */
export function hourSlotOf(now: Date): string {
  return shanghaiIso(now).slice(0, 13);
}

/** The daily slot, e.g. "2026-12-01". */
export function daySlotOf(now: Date): string {
  return shanghaiIso(now).slice(0, 10);
}

/** "HH:MM" in Shanghai. */
export function shanghaiTimeOf(now: Date): string {
  return shanghaiIso(now).slice(11, 16);
}

/** the daily rules run once per day, at the first tick at or after 06:30. */
export const DAILY_RUN_TIME = "06:30";

export function dailyRunDue(now: Date): boolean {
  return shanghaiTimeOf(now) >= DAILY_RUN_TIME;
}
