import type { NextRequest } from "next/server";
import { getOptionalScope } from "@/lib/core/scope";
import { downloadErrorResponse, textResponse, xlsxResponse } from "@/lib/ic/export/http";
import { exportKpiReport } from "@/lib/hall/kpi/export";

// X-23: /api/hall/xlsx/kpi?unit=370202&by=window&from=…&to=… — the KPI page's own parameters.
export async function GET(request: NextRequest) {
  const scope = await getOptionalScope();
  if (!scope) return textResponse("登录已失效，请重新登录", 401);
  const q = request.nextUrl.searchParams;
  try {
    const file = await exportKpiReport(scope, { unit: q.get("unit") ?? undefined, by: q.get("by") ?? undefined, from: q.get("from") ?? undefined, to: q.get("to") ?? undefined });
    return xlsxResponse(file);
  } catch (e) {
    return downloadErrorResponse(e);
  }
}
