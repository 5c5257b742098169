import { Check, X } from "lucide-react";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { getScope } from "@/lib/core/scope";
import { getFourOnes } from "@/lib/ic/four-ones/queries";
import { PROFILE_STATUS_LABELS } from "@/lib/ic/labels";
import { CardSection } from "./card-section";
import { PaperFileForm } from "./paper-file-form";
import { PlanSection } from "./plan-section";
import { PrintButton } from "@/components/forms/print-button";

/** "一人一档一卡一策" (§6.1.5, IC-07, IC-08) for one profile. */
export async function FourOnesPanel({ profileId }: { profileId: string }) {
  const scope = await getScope();
  const d = await getFourOnes(scope, profileId);
  const items = [
    { key: "file", label: "一档（电子档案）", ok: d.electronicFile, note: d.electronicFile ? "已建档" : `建档中：${PROFILE_STATUS_LABELS[d.status]}` },
    { key: "paper", label: "一档（纸质档案）", ok: !!d.paperFile, note: d.paperFile ? `${d.paperFile.custodianName} ${d.paperFile.room}` : "未登记存放位置" },
    { key: "card", label: "一卡（服务卡）", ok: !!d.card, note: d.card ? `卡号 ${d.card.cardNo}` : "未发卡" },
    { key: "plan", label: "一策（帮扶计划）", ok: !!d.activePlanId, note: d.activePlanId ? "实施中" : "无实施中的计划" },
  ];
  return (
    <Card data-testid="four-ones-panel">
      <CardHeader
        title="一人一档一卡一策"
        description="纸质档案存放位置须在初审通过前登记；服务卡与帮扶计划可随时办理。"
        actions={<PrintButton action={`/api/ic/print/cover/${d.profileId}`} label="打印档案封面及材料目录" testId="print-cover" />}
      />
      <CardContent className="flex flex-col gap-6">
        <ul className="grid gap-2 sm:grid-cols-4" data-testid="four-ones-status">
          {items.map((i) => (
            <li key={i.key} className="flex items-start gap-2 rounded-md border border-slate-200 px-3 py-2" data-testid={`four-ones-${i.key}`} data-ok={i.ok}>
              {i.ok ? <Check className="mt-0.5 size-4 text-green-700" aria-hidden /> : <X className="mt-0.5 size-4 text-slate-400" aria-hidden />}
              <div className="min-w-0">
                <p className="text-sm font-medium">{i.label}<span className="sr-only">{i.ok ? "：已完成" : "：未完成"}</span></p>
                <p className="truncate text-xs text-slate-600">{i.note}</p>
              </div>
            </li>
          ))}
        </ul>
        <section className="flex flex-col gap-3">
          <h3 className="font-semibold">纸质档案存放位置</h3>
          <PaperFileForm profileId={d.profileId} value={d.paperFile} custodianOptions={d.custodianOptions} readOnly={!d.canWrite} />
        </section>
        <CardSection data={d} currentUserId={scope.userId} />
        <PlanSection data={d} currentUserId={scope.userId} />
      </CardContent>
    </Card>
  );
}
