import { getOptionalScope } from "@/lib/core/scope";
import { contentDisposition, errorResponse, NO_STORE } from "@/lib/ic/documents/http";
import { printAnalysis } from "@/lib/evaluation/analysis/analysis-pdf";

// the evaluation analysis report (§9.2.2) as PDF. POST only: each print is numbered and audited.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const scope = await getOptionalScope();
  if (!scope) return Response.json({ ok: false, message: "登录已失效，请重新登录" }, { status: 401, headers: NO_STORE });
  const { id } = await params;
  try {
    const { bytes, fileName } = await printAnalysis(scope, id, new URL(request.url).origin);
    return new Response(bytes as BodyInit, {
      headers: { ...NO_STORE, "Content-Type": "application/pdf", "Content-Disposition": contentDisposition("inline", fileName) },
    });
  } catch (e) {
    return errorResponse(e);
  }
}
