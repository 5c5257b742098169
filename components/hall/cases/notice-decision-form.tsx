"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { useSyncedVersion } from "@/components/forms/use-synced-version";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { decideSecondNoticeAction } from "@/lib/hall/cases/actions";
import { DecideSecondNoticeInput } from "@/lib/hall/cases/schemas";

/** HALL-01: a reviewer gives the reason for a second notice (it then counts against the KPI), or declines. */
export function NoticeDecisionForm({ noticeId, version, proposed }: { noticeId: string; version: number; proposed: string | null }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(decideSecondNoticeAction, DecideSecondNoticeInput, {
    formProps: { defaultValues: { noticeId, version, approve: true, reason: proposed ?? "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  useSyncedVersion(form, version);
  const submit = (approve: boolean) => {
    form.setValue("approve", approve);
    void handleSubmitWithAction();
  };
  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate className="flex flex-col gap-2" data-testid="notice-decision-form">
      <FormError message={formError} />
      <FormField label="二次告知原因" required error={form.formState.errors.reason?.message}>
        <Textarea rows={2} maxLength={500} data-testid="notice-decision-reason" {...form.register("reason")} />
      </FormField>
      <div className="flex gap-2">
        <Button type="button" disabled={isSubmitting} onClick={() => submit(true)} data-testid="notice-approve">同意出具</Button>
        <Button type="button" variant="secondary" disabled={isSubmitting} onClick={() => submit(false)}>不同意</Button>
      </div>
    </form>
  );
}
