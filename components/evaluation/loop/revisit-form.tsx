"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { revisitAction } from "@/lib/evaluation/bad-review-actions";
import { SATISFACTION_LABELS, SATISFACTION_ORDER } from "@/lib/evaluation/labels";
import { RevisitInput } from "@/lib/evaluation/schemas";

/**
 * REVISITING: 基本满意 or better → 改进提升; 不满意 → back to 整改 (a loop); unreachable after 3
 * recorded attempts → 改进提升. The reviewer records it; never the one who rectified.
 */
export function RevisitForm({ id, version, attempts }: { id: string; version: number; attempts: number }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(revisitAction, RevisitInput, {
    formProps: { defaultValues: { id, version, revisitSatisfaction: "", revisitAttempts: String(Math.max(1, attempts + 1)), revisitNote: "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-4" data-testid="loop-revisit">
      <h3 className="font-semibold">问题回访</h3>
      <FormError message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="回访满意度" hint="联系不上服务对象时不选，并记录回访情况" error={e.revisitSatisfaction?.message}>
          <Select placeholder="未能联系上" options={SATISFACTION_ORDER.map((s) => ({ value: s, label: SATISFACTION_LABELS[s] }))} data-testid="loop-revisit-satisfaction" {...form.register("revisitSatisfaction")} />
        </FormField>
        <FormField label="累计回访次数" error={e.revisitAttempts?.message} required>
          <Input type="number" min={1} max={20} {...form.register("revisitAttempts")} />
        </FormField>
      </div>
      <FormField label="回访情况" hint="联系不上的，记录每次回访的时间、方式和结果（满3次可转入改进提升）" error={e.revisitNote?.message}>
        <Textarea rows={3} {...form.register("revisitNote")} />
      </FormField>
      <div><Button type="submit" disabled={isSubmitting} data-testid="loop-revisit-submit">记录回访</Button></div>
    </form>
  );
}
