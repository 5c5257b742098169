"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { useSyncedVersion } from "@/components/forms/use-synced-version";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { WITHDRAW_GROUND_LABELS } from "@/lib/hall/labels";
import { withdrawCaseAction } from "@/lib/hall/cases/actions";
import { WithdrawCaseInput } from "@/lib/hall/cases/schemas";

/** A reviewer closes a case waiting for materials: the client withdrew, or never came back. */
export function WithdrawCaseForm({ caseId, version }: { caseId: string; version: number }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(withdrawCaseAction, WithdrawCaseInput, {
    formProps: { defaultValues: { caseId, version, ground: "CLIENT_REQUEST", reason: "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  useSyncedVersion(form, version);
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-2" data-testid="withdraw-form">
      <FormError message={formError} />
      <FormField label="撤回依据" required error={form.formState.errors.ground?.message} hint="以未补正为由撤回的，须告知满60日且跟踪台账已登记两次电话提醒">
        <Select options={Object.entries(WITHDRAW_GROUND_LABELS).map(([value, label]) => ({ value, label }))} {...form.register("ground")} />
      </FormField>
      <FormField label="撤回说明" required error={form.formState.errors.reason?.message}>
        <Input maxLength={500} {...form.register("reason")} />
      </FormField>
      <div>
        <Button type="submit" variant="secondary" disabled={isSubmitting}>撤回办件</Button>
      </div>
    </form>
  );
}
