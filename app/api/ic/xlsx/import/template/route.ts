import { getOptionalScope } from "@/lib/core/scope";
import { can } from "@/lib/core/permissions";
import { buildImportTemplate } from "@/lib/ic/import/template";
import { TEMPLATE_VERSION } from "@/lib/ic/import/columns";
import { textResponse, xlsxResponse } from "@/lib/ic/export/http";

// the persons/profiles import template (no personal data, so no audit).
export async function GET() {
  const scope = await getOptionalScope();
  if (!scope) return textResponse("登录已失效，请重新登录", 401);
  if (!can(scope, "ic.import")) return textResponse("您没有导入权限", 403);
  return xlsxResponse({ bytes: await buildImportTemplate(), fileName: `人员信息导入模板_${TEMPLATE_VERSION}.xlsx` });
}
