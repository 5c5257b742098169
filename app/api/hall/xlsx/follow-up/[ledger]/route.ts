import type { NextRequest } from "next/server";
import { getOptionalScope } from "@/lib/core/scope";
import { exportFollowUpLedger, isFollowUpLedger } from "@/lib/hall/follow-up/export-ledger";
import { downloadErrorResponse, textResponse, xlsxResponse } from "@/lib/ic/export/http";

// X-23: /api/hall/xlsx/follow-up/tracking?stale=1 — a follow-up ledger with the page's own filters.
export async function GET(request: NextRequest, { params }: { params: Promise<{ ledger: string }> }) {
  const scope = await getOptionalScope();
  if (!scope) return textResponse("登录已失效，请重新登录", 401);
  const { ledger } = await params;
  if (!isFollowUpLedger(ledger)) return textResponse("没有这个台账", 404);
  const q = request.nextUrl.searchParams;
  try {
    const file = await exportFollowUpLedger(scope, ledger, {
      stale: q.get("stale") === "1", mine: q.get("mine") === "1", overdue: q.get("overdue") === "1", status: q.get("status") ?? undefined,
    });
    return xlsxResponse(file);
  } catch (e) {
    return downloadErrorResponse(e);
  }
}
