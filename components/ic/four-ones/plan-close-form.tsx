"use client";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { closeServicePlanAction } from "@/lib/ic/four-ones/actions";
import { PlanCloseInput } from "@/lib/ic/four-ones/schemas";

const OUTCOMES = [
  { value: "ACHIEVED", label: "已达成" },
  { value: "CLOSED", label: "已关闭" },
];

/** Ends the active plan; IC-08 then counts the profile as without a plan until a new one starts. */
export function PlanCloseForm({ profileId, planId, version }: { profileId: string; planId: string; version: number }) {
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(closeServicePlanAction, PlanCloseInput, {
    formProps: { defaultValues: { profileId, planId, version, outcome: "ACHIEVED", note: "" } },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="mt-3 flex flex-col gap-3">
      <FormError message={formError} />
      <FormField label="结束方式" error={errors.outcome?.message} required>
        <Select options={OUTCOMES} {...form.register("outcome")} />
      </FormField>
      <FormField label="说明" error={errors.note?.message} required>
        <Textarea rows={2} maxLength={500} {...form.register("note")} />
      </FormField>
      <div>
        <Button type="submit" variant="danger" disabled={isSubmitting} data-testid="plan-close">{isSubmitting ? "正在处理…" : "结束计划"}</Button>
      </div>
    </form>
  );
}
