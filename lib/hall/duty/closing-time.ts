// HALL-10 (§7.1.1 对已到下班时间尚未办好的事项…应提供延时服务): the closing time of a unit comes
// from OrgUnit.workingHours (free JSON, SPEC §2.1 default 08:30–12:00 and 13:30–17:00).

export const DEFAULT_CLOSING_TIME = "17:00";
/** The prompt opens this many minutes before closing (SPEC §3.12.5 "closing time minus 15 minutes"). */
export const PROMPT_LEAD_MINUTES = 15;

const HHMM = /\b([01]?\d|2[0-3])[:：]([0-5]\d)\b/g;

function normalise(h: string, m: string) {
  return `${h.padStart(2, "0")}:${m}`;
}

/** Every "HH:MM" found anywhere in the JSON value. */
function timesIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") for (const m of value.matchAll(HHMM)) out.push(normalise(m[1], m[2]));
  else if (Array.isArray(value)) value.forEach((v) => timesIn(v, out));
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    // An explicit closing time wins over the spans.
    if (typeof o.closingTime === "string") return timesIn(o.closingTime, out);
    Object.values(o).forEach((v) => timesIn(v, out));
  }
  return out;
}

/** The latest time of day in the unit's hours (the end of the afternoon span), or 17:00. */
export function closingTimeOf(workingHours: unknown): string {
  const times = timesIn(workingHours);
  if (times.length === 0) return DEFAULT_CLOSING_TIME;
  return times.sort().at(-1)!;
}

export function minusMinutes(hhmm: string, minutes: number): string {
  const [h, m] = hhmm.split(":").map(Number);
  const total = Math.max(0, h * 60 + m - minutes);
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

/** "HH:MM" of an instant in Asia/Shanghai. */
export function shanghaiClock(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(11, 16);
}

/** From closing − 15 min on, the screen highlights the 延时服务 prompt. */
export function isPromptTime(now: Date, closingTime: string): boolean {
  return shanghaiClock(now) >= minusMinutes(closingTime, PROMPT_LEAD_MINUTES);
}
