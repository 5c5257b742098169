"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { answerFollowUpAction } from "@/lib/hall/consultations/actions";
import { AnswerFollowUpInput } from "@/lib/hall/consultations/schemas";

/** The promised reply to a question not answered on the spot (R-HALL-4). */
export function FollowUpForm({ id, version }: { id: string; version: number }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(answerFollowUpAction, AnswerFollowUpInput, {
    formProps: { defaultValues: { id, version, followUpAnswer: "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-3" data-testid="follow-up-form">
      <FormError message={formError} />
      <FormField label="答复内容" error={form.formState.errors.followUpAnswer?.message} hint="记录已告知服务对象的答复（电话、当面或书面）" required>
        <Textarea rows={4} maxLength={2000} data-testid="follow-up-answer" {...form.register("followUpAnswer")} />
      </FormField>
      <div><Button type="submit" disabled={isSubmitting} data-testid="follow-up-submit">{isSubmitting ? "正在保存…" : "保存答复"}</Button></div>
    </form>
  );
}
