// Pure rules of 请销假 (§5.2.1, SPEC STF-07) and of the A/B simultaneous-leave check (ORG-42,
// §7.7.2). Times are instants; a 'YYYY-MM-DDTHH:mm' form value means Asia/Shanghai wall time.
import { addDays, addWorkingDays, todayInShanghai, type DayOverride } from "@/lib/core/calendar-math";

/** ORG-42: the exact refusal text the SPEC prescribes. */
export const LEAVE_CONFLICT_MESSAGE = "互为AB角人员原则上不能同期休假";

/** STF-07: sick leave may be entered up to this many working days after it began. */
export const SICK_RETRO_WORKING_DAYS = 2;

/** Longest single request (maternity leave is 158 days; Rec.). */
export const MAX_LEAVE_DAYS = 200;

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** '2026-03-10T08:30' (Shanghai) → the instant. */
export function parseShanghaiDateTime(value: string): Date {
  return new Date(`${value.slice(0, 16)}:00+08:00`);
}

/** The instant → '2026-03-10T08:30' in Shanghai, for datetime-local inputs. */
export function toShanghaiInput(d: Date): string {
  return new Date(d.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16);
}

/** Half-open intervals [start, end): touching ends do not overlap. */
export function intervalsOverlap(a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

/** The Shanghai calendar days an interval [start, end) touches. */
export function daysTouched(startsAt: Date, endsAt: Date): string[] {
  if (endsAt <= startsAt) return [];
  const first = todayInShanghai(startsAt);
  const last = todayInShanghai(new Date(endsAt.getTime() - 1));
  const out: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The overlap [max start, min end) of two intervals, or null. */
export function overlapOf(a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }) {
  if (!intervalsOverlap(a, b)) return null;
  return {
    startsAt: new Date(Math.max(a.startsAt.getTime(), b.startsAt.getTime())),
    endsAt: new Date(Math.min(a.endsAt.getTime(), b.endsAt.getTime())),
  };
}

/**
 * STF-07 (§5.2.1 严格执行请销假制度): leave is requested before it starts; sick leave may be
 * entered afterwards, until the end of the 2nd working day after the day it began.
 */
export function requestTimingProblem(type: string, startsAt: Date, now: Date, overrides: DayOverride): string | null {
  if (startsAt > now) return null;
  if (type !== "SICK") return "请假须在开始前提出申请（病假可在开始后2个工作日内补办）";
  const latest = addWorkingDays(todayInShanghai(startsAt), SICK_RETRO_WORKING_DAYS, overrides);
  if (todayInShanghai(now) > latest) return `病假补办须在开始后${SICK_RETRO_WORKING_DAYS}个工作日内（最迟 ${latest}）提出`;
  return null;
}

/** STF-07: approval happens before the leave starts, except for sick leave entered afterwards. */
export function approvalTimingProblem(type: string, startsAt: Date, now: Date): string | null {
  if (type === "SICK" || startsAt > now) return null;
  return "该请假已开始，不能再批准（请假应在开始前批准，病假除外）";
}
