"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { recordTrackingEntryAction } from "@/lib/hall/follow-up/actions";
import { TrackingEntryInput } from "@/lib/hall/follow-up/schemas";
import { TRACKING_METHOD_LABELS } from "@/lib/hall/labels";

const METHODS = Object.entries(TRACKING_METHOD_LABELS).map(([value, label]) => ({ value, label }));

/** §7.4.1: one ledger entry. `lastEntryId` is the newest entry shown, the ledger's optimistic lock. */
export function TrackingEntryForm({ caseId, lastEntryId }: { caseId: string; lastEntryId: string | null }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(recordTrackingEntryAction, TrackingEntryInput, {
    formProps: { defaultValues: { caseId, method: "PHONE_FOLLOWUP", progress: "", nextStep: "", lastEntryId } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="tracking-form">
      <FormError message={formError} />
      <FormField label="跟踪方式" error={errors.method?.message} required>
        <Select options={METHODS} data-testid="tracking-method" {...form.register("method")} />
      </FormField>
      <FormField label="办理进度" hint="掌握到的办理进度、办结效果" error={errors.progress?.message} required>
        <Textarea rows={3} data-testid="tracking-progress" {...form.register("progress")} />
      </FormField>
      <FormField label="下一步安排" error={errors.nextStep?.message}>
        <Textarea rows={2} data-testid="tracking-next-step" {...form.register("nextStep")} />
      </FormField>
      <div>
        <Button type="submit" disabled={isSubmitting} data-testid="tracking-submit">{isSubmitting ? "正在保存…" : "登记跟踪记录"}</Button>
      </div>
    </form>
  );
}
