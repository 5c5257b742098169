// Next.js calls register() once when a server process starts (instrumentation file convention).
// It starts the reminder scheduler (SPEC X-41) — in the Node.js runtime only, never while
// `next build` collects page data, never under tests, and not when REMINDERS_DISABLED=1.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const building = process.env.NEXT_PHASE === "phase-production-build";
    const testing = process.env.NODE_ENV === "test" || !!process.env.VITEST;
    if (building || testing || process.env.REMINDERS_DISABLED === "1") return;
    const { startReminderTicker } = await import("./lib/reminders/scheduler/start-ticker");
    startReminderTicker();
  }
}
