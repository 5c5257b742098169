"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { useSyncedVersion } from "@/components/forms/use-synced-version";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { completeCaseAction } from "@/lib/hall/cases/actions";
import { COMPLETION_OUTCOMES, CompleteCaseInput } from "@/lib/hall/cases/schemas";
import { CASE_OUTCOME_LABELS } from "@/lib/hall/labels";

/** 办结 (§7.9.1): an outcome; 不予办理 needs item f) of a notice — its reason and basis. */
export function CompleteCaseForm({ caseId, version, label }: { caseId: string; version: number; label: string }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(completeCaseAction, CompleteCaseInput, {
    formProps: { defaultValues: { caseId, version, outcome: "DONE", outcomeNote: "", refusalReason: "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  useSyncedVersion(form, version);
  const { errors } = form.formState;
  const outcome = form.watch("outcome");
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-3 rounded-md border border-slate-200 p-3" data-testid="case-complete-form">
      <FormError message={formError} data-testid="case-complete-error" />
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField label="办理结果" required error={errors.outcome?.message}>
          <Select options={COMPLETION_OUTCOMES.map((o) => ({ value: o, label: CASE_OUTCOME_LABELS[o] }))} data-testid="case-outcome" {...form.register("outcome")} />
        </FormField>
        <FormField label="结果说明" error={errors.outcomeNote?.message}>
          <Textarea rows={2} maxLength={2000} data-testid="case-outcome-note" {...form.register("outcomeNote")} />
        </FormField>
        {outcome === "REJECTED" && (
          <FormField label="不予办理的理由及依据" required error={errors.refusalReason?.message} className="sm:col-span-2">
            <Textarea rows={3} maxLength={2000} data-testid="case-refusal-reason" {...form.register("refusalReason")} />
          </FormField>
        )}
      </div>
      <div>
        <Button type="submit" disabled={isSubmitting} data-testid="case-complete-submit">{isSubmitting ? "正在办结…" : label}</Button>
      </div>
    </form>
  );
}
