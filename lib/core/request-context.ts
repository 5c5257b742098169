import "server-only";
import { randomUUID } from "node:crypto";

/**
 * `ipTrusted`: the address comes from a proxy we trust (TRUSTED_PROXY_HOPS ≥ 1). Without one, a
 * client can send any X-Forwarded-For (Next keeps a header it receives), so the address is only
 * what the client claims: fine for the audit trail, never a key for rate limits.
 */
export type RequestContext = { ip?: string; ipTrusted?: boolean; userAgent?: string; requestId?: string };

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

/** How many proxies in front append to X-Forwarded-For; the client is that many entries from the right. */
function trustedHops(): number {
  const n = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

export function fromHeaders(get: (name: string) => string | null | undefined, hops = trustedHops()): RequestContext {
  const entries = (get("x-forwarded-for") ?? "").split(",").map((e) => e.trim()).filter(Boolean);
  const trusted = hops > 0 && entries.length >= hops ? entries[entries.length - hops] : undefined;
  const forwarded = trusted ?? entries[0];
  return {
    ip: (forwarded || get("x-real-ip") || undefined)?.slice(0, 64),
    ipTrusted: !!trusted,
    userAgent: get("user-agent")?.slice(0, 300) ?? undefined,
    requestId: get("x-request-id")?.slice(0, 40) ?? randomUUID(),
  };
}
