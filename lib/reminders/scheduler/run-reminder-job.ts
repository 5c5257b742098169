import "server-only";
import { hostname } from "node:os";
import { db } from "@/lib/core/db";
import { loadOverrides } from "@/lib/core/calendar";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { writeReminders, type ReminderInput } from "../notify";
import { REMINDER_RULES } from "../rules/rule-catalogue";
import type { ReminderRule, RuleContext } from "../rules/types";
import { dailyRunDue, daySlotOf, hourSlotOf, shanghaiTimeOf } from "../slots";
import { claimSlot, finishSlot } from "./claim-slot";

// one tick of the reminder scheduler. The hourly rules run once per Shanghai hour (slot
// "2026-12-01T06"), the daily rules once per Shanghai day from 06:30 (slot "2026-12-01"); each
// slot is claimed in SchedulerRun first, so two instances never both run it. A rule that throws
// is logged in the run's result and the slot is released for the next tick to retry; the rules
// that worked are not lost (their fireKeys make the retry add nothing twice).

export const HOURLY_JOB = "hall-reminders-hourly";
export const DAILY_JOB = "hall-reminders-daily";

export type RuleSummary = { candidates: number; written: number };
export type RunResult = { ok: boolean; rules: Record<string, RuleSummary>; errors: { rule: string; message: string }[]; durationMs: number };
export type SlotOutcome =
  | { job: string; slot: string; status: "ran"; attempt: number; result: RunResult }
  | { job: string; slot: string; status: "skipped" | "not-due" };

export function defaultInstance(): string {
  return `${hostname()}:${process.pid}`;
}

export async function runReminderJob(opts: { now?: Date; instance?: string; rules?: readonly ReminderRule[] } = {}) {
  const now = opts.now ?? new Date();
  const instance = opts.instance ?? defaultInstance();
  const rules = opts.rules ?? REMINDER_RULES;
  const hourly = await runSlot(HOURLY_JOB, hourSlotOf(now), rules.filter((r) => r.cadence === "hourly"), now, instance);
  const daily: SlotOutcome = dailyRunDue(now)
    ? await runSlot(DAILY_JOB, daySlotOf(now), rules.filter((r) => r.cadence === "daily"), now, instance)
    : { job: DAILY_JOB, slot: daySlotOf(now), status: "not-due" };
  return { hourly, daily };
}

async function runSlot(job: string, slot: string, rules: readonly ReminderRule[], now: Date, instance: string): Promise<SlotOutcome> {
  const claim = await claimSlot(db, job, slot, instance);
  if (!claim) return { job, slot, status: "skipped" };
  let result: RunResult;
  try {
    result = await runRules(rules, now);
  } catch (e) {
    // Nothing ran (e.g. the calendar could not be read): release the slot for the next tick.
    const message = e instanceof Error ? e.message.slice(0, 300) : String(e).slice(0, 300);
    await finishSlot(db, claim, { ok: false, rules: {}, errors: [{ rule: "*", message }] }).catch(() => {});
    throw e;
  }
  await finishSlot(db, claim, result);
  return { job, slot, status: "ran", attempt: claim.attempt, result };
}

async function runRules(rules: readonly ReminderRule[], now: Date): Promise<RunResult> {
  const started = Date.now();
  const ctx: RuleContext = { db, now, today: todayInShanghai(now), time: shanghaiTimeOf(now), overrides: await loadOverrides() };
  const summary: Record<string, RuleSummary> = {};
  const errors: RunResult["errors"] = [];
  for (const rule of rules) {
    try {
      const candidates = await rule.evaluate(ctx);
      summary[rule.id] = { candidates: candidates.length, written: await deliver(candidates) };
    } catch (e) {
      console.error(`[reminders] rule ${rule.id} failed`, e);
      errors.push({ rule: rule.id, message: e instanceof Error ? e.message.slice(0, 300) : String(e).slice(0, 300) });
    }
  }
  return { ok: errors.length === 0, rules: summary, errors, durationMs: Date.now() - started };
}

/**
 * Drops reminders for users who no longer exist or are disabled, and files each reminder under a
 * path the assignee's scope covers (the inbox reads through scopedDb): the record's own path when
 * it lies in the assignee's subtree, otherwise the assignee's unit.
 */
async function deliver(candidates: readonly ReminderInput[]): Promise<number> {
  if (candidates.length === 0) return 0;
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(candidates.map((c) => c.assigneeUserId))] }, active: true },
    select: { id: true, orgPath: true },
  });
  const pathOf = new Map(users.map((u) => [u.id, u.orgPath]));
  const rows = candidates.flatMap((c) => {
    const home = pathOf.get(c.assigneeUserId);
    if (!home) return [];
    return [{ ...c, orgPath: c.orgPath.startsWith(home) ? c.orgPath : home }];
  });
  let written = 0;
  for (let i = 0; i < rows.length; i += 1000) written += await writeReminders(db, rows.slice(i, i + 1000));
  return written;
}

