"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { recordDutyLogAction } from "@/lib/hall/duty/actions";
import { DutyLogInput } from "@/lib/hall/duty/schemas";

/** 值班记录 (SPEC LunchDutyLog): clients served and a note, on or after the day. */
export function DutyLogForm({ id, version, clientsServed, logNote }: { id: string; version: number; clientsServed: number | null; logNote: string | null }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(recordDutyLogAction, DutyLogInput, {
    formProps: { defaultValues: { id, version, clientsServed: clientsServed ?? 0, logNote: logNote ?? "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-2" data-testid="duty-log-form">
      <FormError message={formError} />
      <div className="grid gap-2 sm:grid-cols-[7rem_1fr_auto] sm:items-end">
        <FormField label="接待人数" error={errors.clientsServed?.message}>
          <Input type="number" min={0} data-testid="duty-log-count" {...form.register("clientsServed", { valueAsNumber: true })} />
        </FormField>
        <FormField label="值班记录" error={errors.logNote?.message}>
          <Input maxLength={500} data-testid="duty-log-note" {...form.register("logNote")} />
        </FormField>
        <Button type="submit" size="sm" variant="secondary" disabled={isSubmitting} data-testid="duty-log-save">保存记录</Button>
      </div>
    </form>
  );
}
