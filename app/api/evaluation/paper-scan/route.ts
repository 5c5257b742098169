import { getOptionalScope } from "@/lib/core/scope";
import { errorResponse, NO_STORE, readBodyLimited } from "@/lib/ic/documents/http";
import { MAX_FILE_BYTES } from "@/lib/ic/documents/rules";
import { isSameOrigin } from "@/lib/ic/export/http";
import { uploadPaperScan } from "@/lib/evaluation/services/upload-paper-scan";

// Upload of one paper evaluation form scan (V-FILE). A route handler, not a server action: actions
// cap bodies at 1 MB. The returned id goes into the entry form's paperAttachmentId.
export async function POST(request: Request) {
  const scope = await getOptionalScope();
  if (!scope) return Response.json({ ok: false, message: "登录已失效，请重新登录" }, { status: 401, headers: NO_STORE });
  if (!isSameOrigin(request)) return Response.json({ ok: false, message: "请求来源无效" }, { status: 403, headers: NO_STORE });
  try {
    const body = await readBodyLimited(request, MAX_FILE_BYTES + 256 * 1024);
    if (!body) return Response.json({ ok: false, message: "文件超过10MB，请压缩后再上传", field: "paperAttachmentId" }, { status: 413, headers: NO_STORE });
    const form = await new Response(body as BodyInit, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
    const f = form.get("file");
    const file = f && typeof f !== "string" ? { name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) } : undefined;
    return Response.json({ ok: true, ...(await uploadPaperScan(scope, file)) }, { headers: NO_STORE });
  } catch (e) {
    return errorResponse(e);
  }
}
