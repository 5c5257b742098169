"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { INACTIVE_REASON_LABELS } from "@/lib/ic/labels";
import { deactivateProfileAction } from "@/lib/ic/review/actions";
import { DeactivateProfileInput } from "@/lib/ic/review/schemas";

const REASONS = Object.entries(INACTIVE_REASON_LABELS).map(([value, label]) => ({ value, label }));

/** §3.1.4 "any active → INACTIVE": a reason from the list plus a note; the next DELTA export carries it. */
export function DeactivateForm({ profileId, version }: { profileId: string; version: number }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(deactivateProfileAction, DeactivateProfileInput, {
    formProps: { defaultValues: { profileId, version, note: "" } },
    actionProps: { onSuccess: () => { setOpen(false); router.refresh(); } },
  });
  if (!open) {
    return <Button variant="secondary" onClick={() => setOpen(true)} data-testid="review-action-deactivate">注销档案</Button>;
  }
  const { errors } = form.formState;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex w-full flex-col gap-3 rounded-md border border-slate-200 p-4" data-testid="review-deactivate-form">
      <FormError message={formError} />
      <div className="grid gap-3 sm:grid-cols-[14rem_1fr]">
        <FormField label="注销原因" required error={errors.reason?.message}>
          <Select placeholder="请选择" options={REASONS} data-testid="review-deactivate-reason" {...form.register("reason")} />
        </FormField>
        <FormField label="说明" required error={errors.note?.message}>
          <Input maxLength={200} data-testid="review-deactivate-note" {...form.register("note")} />
        </FormField>
      </div>
      <div className="flex gap-2">
        <Button type="submit" variant="danger" size="sm" disabled={isSubmitting} data-testid="review-deactivate-submit">确认注销</Button>
        <Button type="button" variant="ghost" size="sm" onClick={() => setOpen(false)}>取消</Button>
      </div>
    </form>
  );
}
