import "server-only";
import { getOptionalScope, type Scope } from "@/lib/core/scope";
import { contentDisposition, errorResponse, NO_STORE } from "@/lib/ic/documents/http";

export type Printer = (scope: Scope, id: string, origin: string) => Promise<{ bytes: Uint8Array; fileName: string }>;

/**
 * The POST handler of a printables route (`/api/<module>/print/[kind]/[id]`). POST only: every
 * print takes a document number and writes a PRINT event, so a prefetch, a crawler or a
 * cross-site <img> (SameSite=Lax cookies ride on GET) must not trigger one. The print buttons are
 * forms posting into a new tab (components/forms/print-button.tsx).
 */
export function printRoute(printers: Record<string, Printer>) {
  return async function POST(request: Request, { params }: { params: Promise<{ kind: string; id: string }> }) {
    const scope = await getOptionalScope();
    if (!scope) return Response.json({ ok: false, message: "登录已失效，请重新登录" }, { status: 401, headers: NO_STORE });
    const { kind, id } = await params;
    const print = Object.hasOwn(printers, kind) ? printers[kind] : undefined;
    if (!print) return Response.json({ ok: false, message: "不支持的打印类型" }, { status: 404, headers: NO_STORE });
    try {
      const { bytes, fileName } = await print(scope, id, new URL(request.url).origin);
      return new Response(bytes as BodyInit, {
        headers: { ...NO_STORE, "Content-Type": "application/pdf", "Content-Disposition": contentDisposition("inline", fileName) },
      });
    } catch (e) {
      return errorResponse(e);
    }
  };
}
