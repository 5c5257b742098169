import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getScope } from "@/lib/core/scope";
import { getDocumentChecklist } from "@/lib/ic/documents/queries";
import { DocRow } from "./doc-row";
import { DocUpload } from "./doc-upload";

/**
 * §6.1.2 / IC-03: the source-document checklist of one profile. Uploads and the provided marks
 * are editable in DRAFT / RETURNED; reviewers may tick 原件已核验 later as well.
 */
export async function DocumentsPanel({ profileId }: { profileId: string }) {
  const scope = await getScope();
  const list = await getDocumentChecklist(scope, profileId);
  return (
    <Card data-testid="documents-panel">
      <CardHeader
        title="信息来源材料核验"
        description="按《规范》6.1.2 核验的材料清单：必需材料须“已提供”并上传扫描件，或标记“不适用”并说明原因。"
      />
      <CardContent className="flex flex-col gap-4">
        {!list.editable && <Alert tone="info">档案已提交审核或已归档，材料清单为只读{list.canSight ? "；审核人员可继续核验原件" : ""}。</Alert>}
        {list.rows.length === 0 ? (
          <EmptyState title="尚未生成材料清单" description="保存人员类别后，系统会按类别生成需核验的材料。" />
        ) : (
          <ul className="flex flex-col divide-y divide-slate-200 rounded-md border border-slate-200">
            {list.rows.map((row) => (
              <DocRow key={row.id} profileId={list.profileId} row={row} editable={list.editable} canSight={list.canSight} />
            ))}
          </ul>
        )}
        {list.editable && !list.rows.some((r) => r.docType === "OTHER_PROOF") && (
          <div className="flex flex-wrap items-center gap-3 rounded-md border border-dashed border-slate-300 px-4 py-3" data-testid="doc-row-OTHER_PROOF">
            <span className="font-medium">其他证明</span>
            <span className="text-sm text-slate-600">（可选，如有其他佐证材料可在此上传）</span>
            <DocUpload profileId={list.profileId} docType="OTHER_PROOF" itemKey="" />
          </div>
        )}
      </CardContent>
    </Card>
  );
}
