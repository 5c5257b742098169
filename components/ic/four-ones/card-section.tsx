import type { FourOnes } from "@/lib/ic/four-ones/queries";
import { CARD_PURPOSE_LABELS } from "@/lib/ic/labels";
import { CardIssueForm } from "./card-issue-form";
import { PrintButton } from "@/components/forms/print-button";

/** "一卡": the issued card with its print button, or the issue form (purpose PROFILE). */
export function CardSection({ data, currentUserId }: { data: FourOnes; currentUserId: string }) {
  const card = data.card;
  return (
    <section className="flex flex-col gap-3" data-testid="card-section">
      <h3 className="font-semibold">服务卡</h3>
      {card ? (
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
          <span>{CARD_PURPOSE_LABELS[card.purpose]}</span>
          <span data-testid="card-no">卡号：{card.cardNo}</span>
          <span>联系人：{card.staffName}</span>
          <span>办公电话：{card.officePhone}</span>
          {card.windowNo && <span>窗口：{card.windowNo}</span>}
          <span className="text-slate-600">已打印 {card.printedCount} 次</span>
          <PrintButton action={`/api/ic/print/card/${card.id}`} label="打印服务卡" testId="print-card" />
        </div>
      ) : data.canWrite ? (
        <CardIssueForm
          profileId={data.profileId}
          staffOptions={data.staffOptions}
          defaultStaffId={data.staffOptions.some((o) => o.value === currentUserId) ? currentUserId : (data.staffOptions[0]?.value ?? "")}
          defaultPhone={data.unit.officePhone ?? ""}
        />
      ) : (
        <p className="text-sm text-slate-600">尚未发放服务卡。</p>
      )}
    </section>
  );
}
