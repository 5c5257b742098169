import type { NextRequest } from "next/server";
import { getOptionalScope } from "@/lib/core/scope";
import { exportRegistryList, isExportableList } from "@/lib/ic/export/export-list";
import { downloadErrorResponse, textResponse, xlsxResponse } from "@/lib/ic/export/http";

// X-23: /api/ic/xlsx/list/profiles?status=…&category=…&unitId=…&name=… — the list page's own filters.
export async function GET(request: NextRequest, { params }: { params: Promise<{ list: string }> }) {
  const scope = await getOptionalScope();
  if (!scope) return textResponse("登录已失效，请重新登录", 401);
  const { list } = await params;
  if (!isExportableList(list)) return textResponse("没有这个列表", 404);
  try {
    return xlsxResponse(await exportRegistryList(scope, list, Object.fromEntries(request.nextUrl.searchParams)));
  } catch (e) {
    return downloadErrorResponse(e);
  }
}
