import { getOptionalScope } from "@/lib/core/scope";
import { uploadDocumentFiles } from "@/lib/ic/documents/upload";
import { errorResponse, NO_STORE, readBodyLimited } from "@/lib/ic/documents/http";
import { MAX_FILE_BYTES } from "@/lib/ic/documents/rules";

// Multipart upload of checklist scans (V-FILE). A route handler rather than a server action:
// actions cap request bodies at 1 MB, and this keeps the cap here, at 3 files' worth per request.
const MAX_REQUEST_BYTES = 3 * MAX_FILE_BYTES + 256 * 1024;

export async function POST(request: Request) {
  const scope = await getOptionalScope();
  if (!scope) return Response.json({ ok: false, message: "登录已失效，请重新登录" }, { status: 401, headers: NO_STORE });
  try {
    const body = await readBodyLimited(request, MAX_REQUEST_BYTES);
    if (!body) return Response.json({ ok: false, message: "单次上传内容过大：每个文件不超过10MB，请逐个上传" }, { status: 413, headers: NO_STORE });
    const form = await new Response(body as BodyInit, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
    const files = await Promise.all(
      form.getAll("files").filter((f): f is File => typeof f !== "string").map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    const target = { profileId: String(form.get("profileId") ?? ""), docType: String(form.get("docType") ?? "") as never, itemKey: String(form.get("itemKey") ?? "") };
    const result = await uploadDocumentFiles(scope, target, files);
    return Response.json({ ok: true, ...result }, { headers: NO_STORE });
  } catch (e) {
    return errorResponse(e);
  }
}
