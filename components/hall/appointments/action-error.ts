// The one Chinese message of a failed step: the DomainError's text, or the first field message.

type Result = { serverError?: { message?: string } | string; validationErrors?: unknown };

function firstMessage(v: unknown): string | undefined {
  if (!v || typeof v !== "object") return undefined;
  for (const [key, value] of Object.entries(v as Record<string, unknown>)) {
    if (key === "_errors" && Array.isArray(value) && typeof value[0] === "string") return value[0];
    const nested = firstMessage(value);
    if (nested) return nested;
  }
  return undefined;
}

export function stepError(result: Result): string | undefined {
  const s = result.serverError;
  if (typeof s === "string") return s;
  return s?.message ?? firstMessage(result.validationErrors);
}
