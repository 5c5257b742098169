"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { approveHomeExceptionAction } from "@/lib/hall/home/actions";
import { ApproveHomeExceptionInput } from "@/lib/hall/home/schemas";

/** Errata B10 (Rec.): a reviewer excepts condition a) for a client who meets b); counted in the report. */
export function ExceptionForm({ id, version }: { id: string; version: number }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(approveHomeExceptionAction, ApproveHomeExceptionInput, {
    formProps: { defaultValues: { id, version, hardshipConfirmed: false as true, reason: "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  const { register, formState: { errors } } = form;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-4" data-testid="home-exception-form">
      <FormError message={formError} />
      <div className="flex flex-col gap-1">
        <Checkbox label="已核实本人存在重病、伤残等实际困难（§7.3.1 b）" data-testid="home-exception-hardship" {...register("hardshipConfirmed")} />
        {errors.hardshipConfirmed && <p className="text-sm font-medium text-red-700">{errors.hardshipConfirmed.message}</p>}
      </div>
      <FormField label="例外批准理由" error={errors.reason?.message} hint="该事项无需现场认证，仍提供上门服务的理由（例如无法代办的特殊情况）" required>
        <Textarea rows={2} maxLength={500} data-testid="home-exception-reason" {...register("reason")} />
      </FormField>
      <div><Button type="submit" disabled={isSubmitting} data-testid="home-exception-submit">{isSubmitting ? "正在保存…" : "批准例外"}</Button></div>
    </form>
  );
}
