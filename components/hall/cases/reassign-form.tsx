"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { useSyncedVersion } from "@/components/forms/use-synced-version";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { reassignCaseAction } from "@/lib/hall/cases/actions";
import { ReassignCaseInput } from "@/lib/hall/cases/schemas";

/** §7.8.4 / HALL-31: the window lead changes the first handler, with a reason. */
export function ReassignForm({ caseId, version, staff, currentId }: { caseId: string; version: number; staff: { id: string; displayName: string }[]; currentId: string }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(reassignCaseAction, ReassignCaseInput, {
    formProps: { defaultValues: { caseId, version, toUserId: "", reason: "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  useSyncedVersion(form, version);
  const { errors } = form.formState;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="grid gap-2 sm:grid-cols-[12rem_1fr_auto] sm:items-end" data-testid="reassign-form">
      <FormError message={formError} className="sm:col-span-3" />
      <FormField label="新首办人" error={errors.toUserId?.message}>
        <Select placeholder="请选择" options={staff.filter((s) => s.id !== currentId).map((s) => ({ value: s.id, label: s.displayName }))} {...form.register("toUserId")} />
      </FormField>
      <FormField label="改派原因" error={errors.reason?.message}>
        <Input maxLength={500} {...form.register("reason")} />
      </FormField>
      <Button type="submit" variant="secondary" disabled={isSubmitting}>改派首办人</Button>
    </form>
  );
}
