import { getOptionalScope } from "@/lib/core/scope";
import { can } from "@/lib/core/permissions";
import { buildImportErrorWorkbook } from "@/lib/ic/import/error-workbook";
import { downloadErrorResponse, textResponse, xlsxResponse } from "@/lib/ic/export/http";

// the uploader's rows that failed, with the 错误说明 column (audited inside the service).
export async function GET(_request: Request, { params }: { params: Promise<{ jobId: string }> }) {
  const scope = await getOptionalScope();
  if (!scope) return textResponse("登录已失效，请重新登录", 401);
  if (!can(scope, "ic.import")) return textResponse("您没有导入权限", 403);
  try {
    return xlsxResponse(await buildImportErrorWorkbook(scope, (await params).jobId));
  } catch (e) {
    return downloadErrorResponse(e);
  }
}
