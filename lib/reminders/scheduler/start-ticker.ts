import "server-only";
import { defaultInstance, runReminderJob } from "./run-reminder-job";

// X-41: the in-process clock of the scheduler, started once per server process from
// instrumentation.ts. Every 5 minutes it asks runReminderJob to run whatever slot is due; the
// SchedulerRun claim decides which instance does the work. A failing tick is logged and retried
// at the next one — it never throws into the server.

const TICK_MS = 5 * 60_000;
/** Let the server finish starting (and migrations settle) before the first tick. */
const FIRST_TICK_MS = 30_000;

const state = globalThis as unknown as { __reminderTicker?: { timer: NodeJS.Timeout } };

export function startReminderTicker(opts: { tickMs?: number; firstTickMs?: number } = {}): boolean {
  if (state.__reminderTicker) return false; // dev reloads call register() again
  const instance = defaultInstance();
  let running = false;
  const tick = async () => {
    if (running) return; // a slow run is still going: never overlap in one process
    running = true;
    try {
      const { hourly, daily } = await runReminderJob({ now: new Date(), instance });
      for (const o of [hourly, daily]) {
        if (o.status !== "ran") continue;
        const written = Object.values(o.result.rules).reduce((n, r) => n + r.written, 0);
        const failed = o.result.errors.map((e) => e.rule).join(",");
        console.info(`[reminders] ${o.job} ${o.slot}: ${written} new reminder(s)${failed ? `; failed: ${failed} (will retry)` : ""}`);
      }
    } catch (e) {
      console.error("[reminders] tick failed; retrying at the next tick", e);
    } finally {
      running = false;
    }
  };
  setTimeout(() => void tick(), opts.firstTickMs ?? FIRST_TICK_MS).unref();
  const timer = setInterval(() => void tick(), opts.tickMs ?? TICK_MS);
  timer.unref();
  state.__reminderTicker = { timer };
  console.info(`[reminders] scheduler started (${instance}, every ${Math.round((opts.tickMs ?? TICK_MS) / 60_000)} min)`);
  return true;
}
