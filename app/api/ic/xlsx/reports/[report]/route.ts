import type { NextRequest } from "next/server";
import { getOptionalScope } from "@/lib/core/scope";
import { exportReport } from "@/lib/ic/reports/export-report";
import { isReportKey } from "@/lib/ic/reports/types";
import { downloadErrorResponse, textResponse, xlsxResponse } from "@/lib/ic/export/http";

// X-23: /api/ic/xlsx/reports/census?unit=370202&basis=all — the report page's own parameters.
export async function GET(request: NextRequest, { params }: { params: Promise<{ report: string }> }) {
  const scope = await getOptionalScope();
  if (!scope) return textResponse("登录已失效，请重新登录", 401);
  const { report } = await params;
  if (!isReportKey(report)) return textResponse("没有这个报表", 404);
  const q = request.nextUrl.searchParams;
  try {
    const file = await exportReport(scope, report, { unit: q.get("unit") ?? undefined, basis: q.get("basis") ?? undefined });
    return file ? xlsxResponse(file) : textResponse("单位不存在或不在您的管辖范围内", 404);
  } catch (e) {
    return downloadErrorResponse(e);
  }
}
