"use client";

import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { YesNoRadios } from "@/components/hall/consultations/yes-no-radios";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { addDays } from "@/lib/core/calendar-math";
import { completeVideoAppointmentAction } from "@/lib/hall/appointments/actions";
import { CompleteVideoInput } from "@/lib/hall/appointments/schemas";
import { CONSULT_TOPIC_LABELS } from "@/lib/hall/labels";

/** §7.2.1 c: after the video consultation the staff member records the answer (§7.9.3). */
export function CompleteVideoForm({ id, version, today }: { id: string; version: number; today: string }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(completeVideoAppointmentAction, CompleteVideoInput, {
    formProps: { defaultValues: { id, version, topic: undefined, answeredOnSpot: true, answer: "", notAnsweredReason: "", followUpDueDate: "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  const { register, formState: { errors } } = form;
  const onSpot = useWatch({ control: form.control, name: "answeredOnSpot" });
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-4 rounded-md border border-slate-200 p-3" data-testid="complete-video-form">
      <h3 className="font-medium">记录视频咨询答复</h3>
      <FormError message={formError} />
      <FormField label="咨询类别" error={errors.topic?.message} required>
        <Select placeholder="请选择" options={Object.entries(CONSULT_TOPIC_LABELS).map(([value, label]) => ({ value, label }))} data-testid="video-topic" {...register("topic")} />
      </FormField>
      <YesNoRadios legend="是否当场解答" name="answeredOnSpot" control={form.control} error={errors.answeredOnSpot?.message} testId="video-onSpot" />
      {onSpot !== false ? (
        <FormField label="答复内容" error={errors.answer?.message} required>
          <Textarea rows={3} maxLength={2000} data-testid="video-answer" {...register("answer")} />
        </FormField>
      ) : (
        <>
          <FormField label="暂无法解答的原因" error={errors.notAnsweredReason?.message} required>
            <Textarea rows={2} maxLength={2000} {...register("notAnsweredReason")} />
          </FormField>
          <FormField label="答复期限" error={errors.followUpDueDate?.message} hint="留空则为3个工作日后">
            <Input type="date" min={addDays(today, 1)} {...register("followUpDueDate")} />
          </FormField>
        </>
      )}
      <div><Button type="submit" disabled={isSubmitting} data-testid="video-complete">{isSubmitting ? "正在保存…" : "保存答复并完成预约"}</Button></div>
    </form>
  );
}
