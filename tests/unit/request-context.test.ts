import { describe, expect, it } from "vitest";
import { fromHeaders } from "@/lib/core/request-context";

const headers = (h: Record<string, string>) => (name: string) => h[name];

describe("client address (X-02 audit, EVA-01 rate limit)", () => {
  it("without a trusted proxy the forwarded address is only what the client claims", () => {
    const r = fromHeaders(headers({ "x-forwarded-for": "1.2.3.4, 10.0.0.1" }), 0);
    expect(r).toMatchObject({ ip: "1.2.3.4", ipTrusted: false });
  });

  it("behind N trusted proxies the client is N entries from the right", () => {
    expect(fromHeaders(headers({ "x-forwarded-for": "6.6.6.6, 1.2.3.4" }), 1)).toMatchObject({ ip: "1.2.3.4", ipTrusted: true });
    expect(fromHeaders(headers({ "x-forwarded-for": "6.6.6.6, 1.2.3.4, 10.0.0.2" }), 2)).toMatchObject({ ip: "1.2.3.4", ipTrusted: true });
    // Fewer entries than hops: a request that bypassed the proxy is not trusted.
    expect(fromHeaders(headers({ "x-forwarded-for": "1.2.3.4" }), 2)).toMatchObject({ ipTrusted: false });
  });
});
