/** SPEC §2 OrgUnit.workingHours default: 08:30–12:00 and 13:30–17:00. */
export const DEFAULT_HOURS = "工作日 08:30—12:00，13:30—17:00";

/**
 * OrgUnit.workingHours is free JSON: a string, a list of spans ({from,to} or [from,to]) or an
 * object with `text`. Anything else prints the SPEC default rather than nothing.
 */
export function formatWorkingHours(json: unknown): string {
  if (typeof json === "string" && json.trim()) return json.trim();
  if (json && typeof json === "object" && !Array.isArray(json) && typeof (json as { text?: unknown }).text === "string") {
    return (json as { text: string }).text;
  }
  const spans = Array.isArray(json) ? json : Array.isArray((json as { spans?: unknown })?.spans) ? (json as { spans: unknown[] }).spans : null;
  if (spans) {
    const parts = spans
      .map((s) => (Array.isArray(s) ? s : s && typeof s === "object" ? [(s as { from?: unknown }).from, (s as { to?: unknown }).to] : []))
      .filter((p): p is [string, string] => typeof p[0] === "string" && typeof p[1] === "string")
      .map(([a, b]) => `${a}—${b}`);
    if (parts.length) return `工作日 ${parts.join("，")}`;
  }
  return DEFAULT_HOURS;
}
