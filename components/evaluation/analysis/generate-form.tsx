"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { generateAnalysisAction } from "@/lib/evaluation/analysis/actions";
import { ANALYSIS_PERIOD_LABELS } from "@/lib/evaluation/labels";
import { ANALYSIS_PERIODS, GenerateAnalysisInput } from "@/lib/evaluation/schemas";

/** EVA-06: generate (or refresh a draft of) the unit's analysis for a period. */
export function GenerateAnalysisForm({ defaultKey }: { defaultKey: string }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(generateAnalysisAction, GenerateAnalysisInput, {
    formProps: { defaultValues: { period: "QUARTER", periodKey: defaultKey } },
    actionProps: { onSuccess: ({ data }) => data && router.push(`/evaluation/analysis/${data.id}`) },
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="mb-6 flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="analysis-generate">
      <FormError message={formError} />
      <div className="flex flex-wrap items-end gap-3">
        <FormField label="分析周期" error={e.period?.message}>
          <Select options={ANALYSIS_PERIODS.map((p) => ({ value: p, label: ANALYSIS_PERIOD_LABELS[p] }))} {...form.register("period")} />
        </FormField>
        <FormField label="期间" hint="季度如 2026-Q4，月度如 2026-11，年度如 2026" error={e.periodKey?.message}>
          <Input autoComplete="off" className="w-40" data-testid="analysis-period-key" {...form.register("periodKey")} />
        </FormField>
        <Button type="submit" disabled={isSubmitting} data-testid="analysis-generate-submit">{isSubmitting ? "正在生成…" : "生成本单位分析报告"}</Button>
      </div>
      <p className="text-sm text-slate-600">同一单位同一期间只有一份报告；草稿可重新生成以刷新数据，审定后不能再生成。</p>
    </form>
  );
}
