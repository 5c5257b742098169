import "server-only";
import { isDomainError } from "@/lib/core/errors";
import { xlsxDownloadHeaders } from "@/lib/core/xlsx/file-name";

// Route-handler side of the xlsx downloads (app/api/ic/xlsx/**): the file, or a short Chinese
// message as a page of its own (a download link has no form to show an error next to).

export function xlsxResponse(file: { bytes: Buffer; fileName: string }): Response {
  return new Response(new Uint8Array(file.bytes), { headers: xlsxDownloadHeaders(file.fileName, file.bytes.length) });
}

export function textResponse(message: string, status: number): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store, private" } });
}

export function downloadErrorResponse(e: unknown): Response {
  if (isDomainError(e)) {
    const status = e.code === "NOT_FOUND" ? 404 : e.code === "FORBIDDEN" ? 403 : e.code === "CONFLICT" ? 409 : 422;
    return textResponse(e.message, status);
  }
  console.error("[xlsx] unexpected error", e);
  return textResponse("系统繁忙，文件未能生成，请稍后重试", 500);
}

/**
 * Route handlers, unlike server actions, get no built-in CSRF check: a state-changing POST must
 * come from our own pages (Origin, when the browser sends it, names this host).
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  try {
    return new URL(origin).host === (request.headers.get("x-forwarded-host") ?? request.headers.get("host"));
  } catch {
    return false;
  }
}
