import { getOptionalScope } from "@/lib/core/scope";
import { contentDisposition, errorResponse, NO_STORE } from "@/lib/ic/documents/http";
import { printCoverSheet } from "@/lib/ic/print/cover-sheet";
import { printContactCard } from "@/lib/ic/print/card-print";

// X-50 printables as PDF. POST only: every print takes a document number and writes a PRINT
// event, so a prefetch, a crawler or a cross-site <img> (SameSite=Lax cookies ride on GET) must
// not be able to trigger one. The print buttons are forms posting into a new tab.
const PRINTERS = { cover: printCoverSheet, card: printContactCard } as const;

export async function POST(request: Request, { params }: { params: Promise<{ kind: string; id: string }> }) {
  const scope = await getOptionalScope();
  if (!scope) return Response.json({ ok: false, message: "登录已失效，请重新登录" }, { status: 401, headers: NO_STORE });
  const { kind, id } = await params;
  const print = PRINTERS[kind as keyof typeof PRINTERS];
  if (!print) return Response.json({ ok: false, message: "不支持的打印类型" }, { status: 404, headers: NO_STORE });
  try {
    const { bytes, fileName } = await print(scope, id, new URL(request.url).origin);
    return new Response(bytes as BodyInit, {
      headers: { ...NO_STORE, "Content-Type": "application/pdf", "Content-Disposition": contentDisposition("inline", fileName) },
    });
  } catch (e) {
    return errorResponse(e);
  }
}
