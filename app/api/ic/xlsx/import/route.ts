import { NextResponse, type NextRequest } from "next/server";
import { getOptionalScope } from "@/lib/core/scope";
import { isDomainError } from "@/lib/core/errors";
import { readBodyLimited } from "@/lib/ic/documents/http";
import { createImportJob } from "@/lib/ic/import/create-job";
import { MAX_FILE_BYTES } from "@/lib/ic/import/columns";
import { ImportFileError } from "@/lib/ic/import/errors";
import { isSameOrigin } from "@/lib/ic/export/http";

// X-22 upload: a route handler, not a server action (actions cap bodies at 1 MB; files may be
// 10 MB). A plain multipart form posts here; the answer is a 303 to the preview or back with a code.
export async function POST(request: NextRequest) {
  const back = (code: string) => NextResponse.redirect(new URL(`/ic/import?error=${code}`, request.url), 303);
  const scope = await getOptionalScope();
  if (!scope) return NextResponse.redirect(new URL("/login", request.url), 303);
  if (!isSameOrigin(request)) return new Response("Forbidden", { status: 403 });
  const body = await readBodyLimited(request, MAX_FILE_BYTES + 256 * 1024);
  if (!body) return back("TOO_LARGE");
  try {
    const form = await new Response(body as BodyInit, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
    const file = form.get("file");
    if (!file || typeof file === "string" || file.size === 0) return back("NO_FILE");
    const job = await createImportJob(scope, { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) });
    return NextResponse.redirect(new URL(`/ic/import/${job.id}`, request.url), 303);
  } catch (e) {
    if (e instanceof ImportFileError) return back(e.reason);
    if (isDomainError(e)) return back(e.code === "FORBIDDEN" ? "FORBIDDEN" : "FAILED");
    console.error("[import] upload failed", e);
    return back("FAILED");
  }
}
