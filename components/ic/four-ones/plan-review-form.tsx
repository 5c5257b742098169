"use client";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { addMonthsClamped } from "@/lib/core/calendar-math";
import { addPlanReviewAction } from "@/lib/ic/four-ones/actions";
import { PlanReviewInput } from "@/lib/ic/four-ones/schemas";

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** A follow-up visit on the plan, which also sets the next review date. */
export function PlanReviewForm({ profileId, planId, version }: { profileId: string; planId: string; version: number }) {
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(addPlanReviewAction, PlanReviewInput, {
    formProps: { defaultValues: { profileId, planId, version, date: today(), progress: "", nextReviewDate: addMonthsClamped(today(), 6) } },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="mt-3 flex flex-col gap-3">
      <FormError message={formError} />
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField label="回访日期" error={errors.date?.message} required>
          <Input type="date" {...form.register("date")} />
        </FormField>
        <FormField label="下次回访日期" error={errors.nextReviewDate?.message} required>
          <Input type="date" {...form.register("nextReviewDate")} />
        </FormField>
      </div>
      <FormField label="进展情况" error={errors.progress?.message} required>
        <Textarea rows={3} maxLength={500} data-testid="plan-review-progress" {...form.register("progress")} />
      </FormField>
      <div>
        <Button type="submit" variant="secondary" disabled={isSubmitting} data-testid="plan-review-save">{isSubmitting ? "正在保存…" : "登记回访"}</Button>
      </div>
    </form>
  );
}
