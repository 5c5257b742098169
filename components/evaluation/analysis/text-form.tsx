"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { updateAnalysisTextAction } from "@/lib/evaluation/analysis/actions";
import { AnalysisTextInput } from "@/lib/evaluation/schemas";

/** §9.2.2 "及时调查研究，提出解决方案和整改措施". */
export function AnalysisTextForm({ id, version, investigation, solutions }: { id: string; version: number; investigation: string; solutions: string }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(updateAnalysisTextAction, AnalysisTextInput, {
    formProps: { defaultValues: { id, version, investigation, solutions } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-4" data-testid="analysis-text">
      <FormError message={formError} />
      <FormField label="调查研究情况" error={e.investigation?.message}>
        <Textarea rows={5} data-testid="analysis-investigation" {...form.register("investigation")} />
      </FormField>
      <FormField label="解决方案和整改措施" error={e.solutions?.message}>
        <Textarea rows={5} data-testid="analysis-solutions" {...form.register("solutions")} />
      </FormField>
      <div><Button type="submit" disabled={isSubmitting} data-testid="analysis-text-submit">保存</Button></div>
    </form>
  );
}
