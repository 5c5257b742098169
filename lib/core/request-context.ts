import "server-only";
import { randomUUID } from "node:crypto";

export type RequestContext = { ip?: string; userAgent?: string; requestId?: string };

/** Who-is-calling details for the audit log. Empty outside a request (scripts, tests). */
export async function currentRequestContext(): Promise<RequestContext> {
  try {
    const { headers } = await import("next/headers");
    const h = await headers();
    return fromHeaders((name) => h.get(name));
  } catch {
    return {};
  }
}

export function fromHeaders(get: (name: string) => string | null | undefined): RequestContext {
  const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim();
  return {
    ip: (forwarded || get("x-real-ip") || undefined)?.slice(0, 64),
    userAgent: get("user-agent")?.slice(0, 300) ?? undefined,
    requestId: get("x-request-id")?.slice(0, 40) ?? randomUUID(),
  };
}
