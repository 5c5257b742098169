import type { NextRequest } from "next/server";
import { getOptionalScope } from "@/lib/core/scope";
import { downloadErrorResponse, textResponse, xlsxResponse } from "@/lib/ic/export/http";
import { exportRankings } from "@/lib/evaluation/rankings";

// X-23: /api/evaluation/rankings?from=2026-10-01&to=2026-12-31&unit=<id> — the rankings page's own
// parameters; watermarked and audited as EXPORT.
export async function GET(request: NextRequest) {
  const scope = await getOptionalScope();
  if (!scope) return textResponse("登录已失效，请重新登录", 401);
  const q = request.nextUrl.searchParams;
  try {
    const file = await exportRankings(scope, { from: q.get("from") ?? undefined, to: q.get("to") ?? undefined, unit: q.get("unit") ?? undefined });
    return xlsxResponse(file);
  } catch (e) {
    return downloadErrorResponse(e);
  }
}
