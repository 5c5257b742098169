"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { recordSupplementAction } from "@/lib/hall/cases/actions";
import { RecordSupplementInput } from "@/lib/hall/cases/schemas";

/** §7.8.3 / HALL-30: whoever is at the window takes the client's materials; the first handler gets them. */
export function SupplementForm({ caseId, firstHandlerName, isFirstHandler }: { caseId: string; firstHandlerName: string; isFirstHandler: boolean }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting, action } = useActionForm(recordSupplementAction, RecordSupplementInput, {
    formProps: { defaultValues: { caseId, note: "" } },
    actionProps: { onSuccess: () => { form.reset({ caseId, note: "" }); router.refresh(); } },
  });
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-2" data-testid="supplement-form">
      <FormError message={formError} />
      {action.hasSucceeded && <Alert tone="success" data-testid="supplement-recorded">已登记补交材料，已转首办人{firstHandlerName}核验。</Alert>}
      <FormField label="登记补交材料" hint={isFirstHandler ? "登记后请核验材料" : `本件首办人为${firstHandlerName}，登记后将进入其待办并提醒其核验`} error={form.formState.errors.note?.message}>
        <Input maxLength={500} placeholder="如：补交退役证原件及复印件1份" data-testid="supplement-note" {...form.register("note")} />
      </FormField>
      <div>
        <Button type="submit" variant="secondary" disabled={isSubmitting} data-testid="supplement-submit">登记补交</Button>
      </div>
    </form>
  );
}
