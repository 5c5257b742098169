// Asia/Shanghai is UTC+8 without DST since 1991, so a fixed offset formats any instant exactly,
// on the server and in the browser alike, whatever the host timezone.
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** 2026-03-01 08:05:09 (X-32 dates are YYYY-MM-DD; times in Beijing time). */
export function formatShanghaiDateTime(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19).replace("T", " ");
}

/** The instant a Shanghai calendar day starts, for date-range filters. */
export function shanghaiDayStart(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}
