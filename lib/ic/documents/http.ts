import "server-only";
import { isDomainError } from "@/lib/core/errors";

/** Route-handler side of STYLE.md's error rule: a DomainError's Chinese text, anything else generic. */
export function errorResponse(e: unknown): Response {
  if (isDomainError(e)) {
    const status = e.code === "NOT_FOUND" ? 404 : e.code === "FORBIDDEN" ? 403 : e.code === "CONFLICT" ? 409 : 422;
    return Response.json({ ok: false, message: e.message, field: e.field }, { status, headers: NO_STORE });
  }
  console.error("[route] unexpected error", e);
  return Response.json({ ok: false, message: "系统繁忙，操作未完成，请稍后重试" }, { status: 500, headers: NO_STORE });
}

/** Personal data must not sit in browser or proxy caches. */
export const NO_STORE = { "Cache-Control": "no-store, private", Pragma: "no-cache" } as const;

/**
 * Reads a request body but stops at `limit` bytes, so an oversized or chunked upload cannot make
 * the server buffer it whole. `null` when the body is larger.
 */
export async function readBodyLimited(request: Request, limit: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** RFC 6266 / RFC 5987: an ASCII fallback plus the UTF-8 name for Chinese file names. */
export function contentDisposition(kind: "inline" | "attachment", fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
