import { contentDisposition } from "@/lib/ic/documents/http";
import { unsafeGetPublishedItem } from "@/lib/hall/catalogue/queries";
import { renderServiceGuide } from "@/lib/hall/catalogue/guide-pdf";

// §7.10: the printable 办事指南 of a published item. Public (no session): it holds nothing that
// the public guide page does not already show.
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  let decoded = code;
  try {
    decoded = decodeURIComponent(code);
  } catch {
    // a stray "%" is a miss, not a server error
  }
  const item = await unsafeGetPublishedItem(decoded);
  if (!item) return new Response("未找到该办事指南", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const bytes = await renderServiceGuide(item, new URL(request.url).origin);
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": contentDisposition("inline", `${item.name}办事指南.pdf`),
      "Cache-Control": "public, max-age=300",
    },
  });
}
