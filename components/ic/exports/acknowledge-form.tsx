"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { acknowledgeBatchAction } from "@/lib/ic/export/actions";
import { BatchAcknowledgeInput } from "@/lib/ic/export/schemas";

/** AMB-26: the provincial receipt date is entered by hand. */
export function AcknowledgeForm({ batchId, current }: { batchId: string; current: string | null }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(acknowledgeBatchAction, BatchAcknowledgeInput, {
    formProps: { defaultValues: { batchId, acknowledgedOn: current ?? "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-wrap items-end gap-3">
      <FormError message={formError} className="w-full" />
      <FormField label="省级回执日期" error={form.formState.errors.acknowledgedOn?.message}>
        <Input type="date" data-testid="prov-ack-date" {...form.register("acknowledgedOn")} />
      </FormField>
      <Button type="submit" variant="secondary" disabled={isSubmitting} data-testid="prov-ack-submit">登记回执</Button>
    </form>
  );
}
