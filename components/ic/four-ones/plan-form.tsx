"use client";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { addMonthsClamped } from "@/lib/core/calendar-math";
import { saveServicePlanAction } from "@/lib/ic/four-ones/actions";
import { PLAN_NEEDS, PlanSaveInput, type PlanNeed } from "@/lib/ic/four-ones/schemas";
import { PLAN_NEED_LABELS } from "@/lib/ic/labels";

type PlanValue = { id: string; version: number; needs: string[]; measures: string; responsibleStaffId: string; startDate: string; nextReviewDate: string };
type Props = { profileId: string; plan: PlanValue | null; staffOptions: { value: string; label: string }[]; defaultStaffId: string };

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** Creates or edits the plan; the next review is at most 12 months after the start (§3.1.2). */
export function PlanForm({ profileId, plan, staffOptions, defaultStaffId }: Props) {
  const start = plan?.startDate ?? today();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(saveServicePlanAction, PlanSaveInput, {
    formProps: {
      defaultValues: {
        profileId,
        planId: plan?.id,
        version: plan?.version,
        needs: (plan?.needs ?? []) as PlanNeed[],
        measures: plan?.measures ?? "",
        responsibleStaffId: plan?.responsibleStaffId ?? defaultStaffId,
        startDate: start,
        nextReviewDate: plan?.nextReviewDate ?? addMonthsClamped(start, 6),
      },
    },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="mt-3 flex flex-col gap-3" data-testid="plan-form">
      <FormError message={formError} />
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium">需求（可多选）</legend>
        <div className="flex flex-wrap gap-x-5">
          {PLAN_NEEDS.map((n) => (
            <Checkbox key={n} value={n} label={PLAN_NEED_LABELS[n]} data-testid={`plan-needs-${n}`} {...form.register("needs")} />
          ))}
        </div>
        {errors.needs?.message && <p className="text-sm font-medium text-red-700">{errors.needs.message}</p>}
      </fieldset>
      <FormField label="帮扶措施" error={errors.measures?.message} required>
        <Textarea maxLength={2000} data-testid="plan-measures" {...form.register("measures")} />
      </FormField>
      <div className="grid gap-3 sm:grid-cols-3">
        <FormField label="责任人" error={errors.responsibleStaffId?.message} required>
          <Select options={staffOptions} placeholder="请选择" {...form.register("responsibleStaffId")} />
        </FormField>
        <FormField label="开始日期" error={errors.startDate?.message} required>
          <Input type="date" {...form.register("startDate")} />
        </FormField>
        <FormField label="下次回访日期" error={errors.nextReviewDate?.message} hint="不晚于开始日期后12个月" required>
          <Input type="date" data-testid="plan-next-review" {...form.register("nextReviewDate")} />
        </FormField>
      </div>
      <div>
        <Button type="submit" disabled={isSubmitting} data-testid="plan-save">{isSubmitting ? "正在保存…" : plan ? "保存修改" : "制定帮扶计划"}</Button>
      </div>
    </form>
  );
}
