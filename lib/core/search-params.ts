/** The first value of a URL search param, trimmed; undefined when absent or blank. */
export function firstParam(v: string | string[] | undefined): string | undefined {
  return (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
}
