"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { useSyncedVersion } from "@/components/forms/use-synced-version";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { decideExtensionAction, requestExtensionAction } from "@/lib/hall/cases/actions";
import { DecideExtensionInput, RequestExtensionInput } from "@/lib/hall/cases/schemas";

/** The handler asks for the one extension a case may have (§3.12.2, Rec.). */
export function ExtensionRequestForm({ caseId, version }: { caseId: string; version: number }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(requestExtensionAction, RequestExtensionInput, {
    formProps: { defaultValues: { caseId, version, workingDays: 5, reason: "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  useSyncedVersion(form, version);
  const { errors } = form.formState;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="grid gap-2 sm:grid-cols-[8rem_1fr_auto] sm:items-end" data-testid="extension-request-form">
      <FormError message={formError} className="sm:col-span-3" />
      <FormField label="延期工作日" error={errors.workingDays?.message}>
        <Input type="number" min={1} max={30} {...form.register("workingDays", { valueAsNumber: true })} />
      </FormField>
      <FormField label="延期理由" error={errors.reason?.message}>
        <Input maxLength={500} data-testid="extension-reason" {...form.register("reason")} />
      </FormField>
      <Button type="submit" variant="secondary" disabled={isSubmitting} data-testid="extension-request-submit">申请延期</Button>
    </form>
  );
}

/** A reviewer who did not ask decides (four-eyes); refusing needs a note. */
export function ExtensionDecisionForm({ extensionId, version }: { extensionId: string; version: number }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(decideExtensionAction, DecideExtensionInput, {
    formProps: { defaultValues: { extensionId, version, approve: true, note: "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  useSyncedVersion(form, version);
  const submit = (approve: boolean) => {
    form.setValue("approve", approve);
    void handleSubmitWithAction();
  };
  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate className="flex flex-col gap-2" data-testid="extension-decision-form">
      <FormError message={formError} />
      <FormField label="审批意见" error={form.formState.errors.note?.message}>
        <Input maxLength={500} {...form.register("note")} />
      </FormField>
      <div className="flex gap-2">
        <Button type="button" disabled={isSubmitting} onClick={() => submit(true)} data-testid="extension-approve">批准延期</Button>
        <Button type="button" variant="secondary" disabled={isSubmitting} onClick={() => submit(false)} data-testid="extension-refuse">不批准</Button>
      </div>
    </form>
  );
}
