"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { useSyncedVersion } from "@/components/forms/use-synced-version";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { withdrawCaseAction } from "@/lib/hall/cases/actions";
import { WithdrawCaseInput } from "@/lib/hall/cases/schemas";

/** A reviewer closes a case waiting for materials: the client withdrew, or never came back. */
export function WithdrawCaseForm({ caseId, version }: { caseId: string; version: number }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(withdrawCaseAction, WithdrawCaseInput, {
    formProps: { defaultValues: { caseId, version, reason: "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  useSyncedVersion(form, version);
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-2" data-testid="withdraw-form">
      <FormError message={formError} />
      <FormField label="撤回原因" required error={form.formState.errors.reason?.message} hint="服务对象申请撤回，或两次提醒后60日未补正">
        <Input maxLength={500} {...form.register("reason")} />
      </FormField>
      <div>
        <Button type="submit" variant="secondary" disabled={isSubmitting}>撤回办件</Button>
      </div>
    </form>
  );
}
