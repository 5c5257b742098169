const SHANGHAI_OFFSET_MS = 8 * 3_600_000; // UTC+8, no DST since 1991

/** "2026-03-01 14:05" in Asia/Shanghai, whatever the server's timezone. */
export function formatShanghaiDateTime(d: Date): string {
  return new Date(d.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace("T", " ");
}

/** "2026-03-01" for a @db.Date value (stored as UTC midnight). */
export function formatDate(d: Date | null | undefined): string {
  return d ? d.toISOString().slice(0, 10) : "";
}
