import { getOptionalScope } from "@/lib/core/scope";
import { downloadExportBatch } from "@/lib/ic/export/batch-queries";
import { downloadErrorResponse, textResponse, xlsxResponse } from "@/lib/ic/export/http";

// Re-download of a provincial batch file (still password-protected); audited in the service.
export async function GET(_request: Request, { params }: { params: Promise<{ batchId: string }> }) {
  const scope = await getOptionalScope();
  if (!scope) return textResponse("登录已失效，请重新登录", 401);
  try {
    return xlsxResponse(await downloadExportBatch(scope, (await params).batchId));
  } catch (e) {
    return downloadErrorResponse(e);
  }
}
