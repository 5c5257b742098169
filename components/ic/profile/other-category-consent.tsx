"use client";

import { useAction } from "next-safe-action/hooks";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { consentOtherCategoryAction } from "@/lib/ic/other-category-actions";

/** §3.1.1: the district reviewer's consent to a "其他人员" file, shown on the overview. */
export function OtherCategoryConsent(props: { profileId: string; version: number; note: string | null; approvedAt: string | null; canConsent: boolean }) {
  const { execute, isPending, result } = useAction(consentOtherCategoryAction);
  if (props.approvedAt) return <Alert tone="success" data-testid="ic-other-consented">区级审核人员已于 {props.approvedAt} 同意“其他人员”类别（{props.note}）。</Alert>;
  return (
    <div className="flex flex-col gap-3">
      <Alert tone="warning">“其他人员”类别（{props.note ?? "未说明"}）须经区级审核人员同意后方可提交审核。</Alert>
      {result.serverError && <Alert tone="error">{result.serverError.message}</Alert>}
      {props.canConsent && (
        <div>
          <Button type="button" disabled={isPending} onClick={() => execute({ profileId: props.profileId, version: props.version })} data-testid="ic-other-consent">
            {isPending ? "正在保存…" : "同意该类别"}
          </Button>
        </div>
      )}
    </div>
  );
}
