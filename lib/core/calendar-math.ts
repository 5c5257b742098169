/**
 * Working-day arithmetic (SPEC §0.4 "Time", X-40). Pure: the WorkCalendar rows are injected as a
 * lookup so the same code runs in services, the reminder scheduler and client previews.
 *
 * Dates are 'YYYY-MM-DD' strings meaning a calendar day in Asia/Shanghai. Arithmetic is done on
 * UTC midnights of those date-only values, so the host timezone can never shift a day.
 */

/** WorkCalendar rows: date → isWorkingDay. Holidays are `false`, make-up days (调休) `true`. */
export type DayOverride = ReadonlyMap<string, boolean>;

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000; // Asia/Shanghai is UTC+8 with no DST since 1991.
/** Guards against an override table that marks every day as non-working (misloaded calendar). */
const MAX_SCAN_DAYS = 3_660;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtcMs(date: string): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`日期格式错误（应为 YYYY-MM-DD）：${date}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  // Date.UTC rolls 2025-02-30 into March, 2027-13-01 into 2028 and maps years 0–99 to 19xx.
  const back = new Date(ms);
  if (y < 1000 || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) throw new RangeError(`无效日期：${date}`);
  return ms;
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isValidDateString(date: string): boolean {
  try {
    toUtcMs(date);
    return true;
  } catch {
    return false;
  }
}

/** Today's date in Asia/Shanghai, whatever the server's timezone. */
export function todayInShanghai(now: Date = new Date()): string {
  return fromUtcMs(now.getTime() + SHANGHAI_OFFSET_MS);
}

export function addDays(date: string, n: number): string {
  return fromUtcMs(toUtcMs(date) + n * DAY_MS);
}

/** an explicit WorkCalendar row wins; otherwise Mon–Fri are working days. */
export function isWorkingDay(date: string, overrides: DayOverride): boolean {
  const explicit = overrides.get(date);
  if (explicit !== undefined) return explicit;
  const weekday = new Date(toUtcMs(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * SPEC §0.4: "N working days after D" is the N-th working day strictly after D.
 * A negative n counts backwards (T-2 reminders, R-HALL-1); n = 0 returns D unchanged.
 */
export function addWorkingDays(date: string, n: number, overrides: DayOverride): string {
  if (!Number.isInteger(n)) throw new RangeError(`工作日数必须是整数：${n}`);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let current = date;
  for (let scanned = 0; remaining > 0; scanned++) {
    if (scanned > MAX_SCAN_DAYS) throw new RangeError("工作日历异常：长期没有工作日");
    current = addDays(current, step);
    if (isWorkingDay(current, overrides)) remaining--;
  }
  return current;
}

/**
 * Working days in (from, to]: how many working days have passed since `from` by `to`
 * (X-42 "3 working days overdue"). Negative when `to` is before `from`.
 */
export function workingDaysBetween(from: string, to: string, overrides: DayOverride): number {
  const start = toUtcMs(from);
  const end = toUtcMs(to);
  if (end < start) return -workingDaysBetween(to, from, overrides);
  let count = 0;
  for (let ms = start + DAY_MS; ms <= end; ms += DAY_MS) {
    if (isWorkingDay(fromUtcMs(ms), overrides)) count++;
  }
  return count;
}

/** SPEC §0.4: same day-of-month n months later, or that month's last day (01-31 +1 → 02-28). */
export function addMonthsClamped(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`月数必须是整数：${n}`);
  const d = new Date(toUtcMs(date));
  const monthIndex = d.getUTCFullYear() * 12 + d.getUTCMonth() + n;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtcMs(Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay)));
}
