import { getOptionalScope } from "@/lib/core/scope";
import { fromHeaders } from "@/lib/core/request-context";
import { openAttachment } from "@/lib/ic/documents/attachment-access";
import { contentDisposition, errorResponse, NO_STORE } from "@/lib/ic/documents/http";

// attachments are never public files; each request is scope-checked (and audited when
// SENSITIVE) by openAttachment, and the response is not cached anywhere.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const scope = await getOptionalScope();
  if (!scope) return Response.json({ ok: false, message: "登录已失效，请重新登录" }, { status: 401, headers: NO_STORE });
  try {
    const { id } = await params;
    const file = await openAttachment(scope, id, fromHeaders((n) => request.headers.get(n)));
    const download = new URL(request.url).searchParams.get("download") === "1";
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        ...NO_STORE,
        "Content-Type": file.mime,
        "Content-Length": String(file.bytes.byteLength),
        "Content-Disposition": contentDisposition(download ? "attachment" : "inline", file.fileName),
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (e) {
    return errorResponse(e);
  }
}
