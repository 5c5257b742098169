import { getOptionalScope } from "@/lib/core/scope";
import { contentDisposition, errorResponse, NO_STORE } from "@/lib/ic/documents/http";
import { printCompletionReceipt } from "@/lib/evaluation/receipt-pdf";

// EVA-02 / X-50: the 办结回执 with the evaluation QR code. POST only: every print takes a document
// number and writes a PRINT event, so a prefetch or a cross-site <img> must not trigger one.
export async function POST(request: Request, { params }: { params: Promise<{ caseId: string }> }) {
  const scope = await getOptionalScope();
  if (!scope) return Response.json({ ok: false, message: "登录已失效，请重新登录" }, { status: 401, headers: NO_STORE });
  const { caseId } = await params;
  try {
    const { bytes, fileName } = await printCompletionReceipt(scope, caseId, new URL(request.url).origin);
    return new Response(bytes as BodyInit, {
      headers: { ...NO_STORE, "Content-Type": "application/pdf", "Content-Disposition": contentDisposition("inline", fileName) },
    });
  } catch (e) {
    return errorResponse(e);
  }
}
