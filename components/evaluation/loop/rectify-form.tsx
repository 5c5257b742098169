"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { rectifyAction } from "@/lib/evaluation/bad-review-actions";
import { RectifyInput } from "@/lib/evaluation/schemas";

/** RECTIFYING → REVISITING (with the feedback given to the client), or → IMPROVING when anonymous. */
export function RectifyForm({ id, version, anonymous }: { id: string; version: number; anonymous: boolean }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(rectifyAction, RectifyInput, {
    formProps: { defaultValues: { id, version, rectification: "", feedbackToClient: "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-4" data-testid="loop-rectify">
      <h3 className="font-semibold">反馈整改</h3>
      <FormError message={formError} />
      {anonymous && <Alert tone="info">匿名评价没有联系方式，无法回访：提交整改后直接转入改进提升，并记录“匿名无法回访”。</Alert>}
      <FormField label="整改措施" error={e.rectification?.message} required>
        <Textarea rows={3} data-testid="loop-rectification" {...form.register("rectification")} />
      </FormField>
      {!anonymous && (
        <FormField label="向服务对象反馈的内容" error={e.feedbackToClient?.message} required>
          <Textarea rows={3} data-testid="loop-feedback" {...form.register("feedbackToClient")} />
        </FormField>
      )}
      <div><Button type="submit" disabled={isSubmitting} data-testid="loop-rectify-submit">{anonymous ? "整改完成（匿名无法回访）" : "提交整改和反馈"}</Button></div>
    </form>
  );
}
