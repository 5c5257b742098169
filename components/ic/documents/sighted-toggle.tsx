"use client";

import { useAction } from "next-safe-action/hooks";
import { Checkbox } from "@/components/ui/checkbox";
import { setOriginalSightedAction } from "@/lib/ic/documents/actions";

type Props = {
  profileId: string;
  checkId: string;
  testSuffix: string;
  sighted: boolean;
  disabled: boolean;
  verifiedByName: string | null;
  verifiedAt: string | null;
};

const when = (iso: string) => new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });

/** 原件已核验: records who saw the original and when (§3.1.2 verifiedById / verifiedAt). */
export function SightedToggle({ profileId, checkId, testSuffix, sighted, disabled, verifiedByName, verifiedAt }: Props) {
  const { execute, isExecuting, result } = useAction(setOriginalSightedAction);
  const error = result.serverError?.message ?? result.validationErrors?.sighted?._errors?.[0];
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <Checkbox
        label="原件已核验"
        checked={sighted}
        disabled={disabled || isExecuting}
        data-testid={`doc-sighted-${testSuffix}`}
        onChange={(e) => execute({ profileId, checkId, sighted: e.currentTarget.checked })}
      />
      {sighted && verifiedAt && (
        <span className="text-slate-600">核验人：{verifiedByName ?? "—"}，{when(verifiedAt)}</span>
      )}
      {error && <span className="font-medium text-red-700">{error}</span>}
    </div>
  );
}
