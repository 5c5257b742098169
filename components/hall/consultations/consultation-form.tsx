"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { recordConsultationAction } from "@/lib/hall/consultations/actions";
import { RecordConsultationInput } from "@/lib/hall/consultations/schemas";
import { CHANNEL_LABELS, CONSULT_TOPIC_LABELS } from "@/lib/hall/labels";
import { ClientPicker, type PickedClient } from "./client-picker";
import { YesNoRadios } from "./yes-no-radios";

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** §7.9.3: answered on the spot, or the reason (told to the client) and the reply date. */
export function ConsultationForm({
  windows, defaultFollowUpDate, initialClient,
}: {
  windows: { id: string; windowNo: string; name: string }[];
  defaultFollowUpDate: string;
  initialClient: PickedClient | null;
}) {
  const router = useRouter();
  const [client, setClient] = useState<PickedClient | null>(initialClient);
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(recordConsultationAction, RecordConsultationInput, {
    formProps: {
      defaultValues: {
        personId: initialClient?.id ?? "", contactName: "", contactPhone: "", channel: "WINDOW", topic: undefined, question: "",
        answeredOnSpot: true, answer: "", notAnsweredReason: "", followUpDueDate: defaultFollowUpDate, windowId: windows[0]?.id ?? "",
      },
    },
    actionProps: { onSuccess: ({ data }) => data && router.push(`/hall/consultations/${data.id}?created=1`) },
  });
  const { register, formState: { errors } } = form;
  const onSpot = useWatch({ control: form.control, name: "answeredOnSpot" });
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex max-w-3xl flex-col gap-5" data-testid="consultation-form">
      <FormError message={formError} />
      <ClientPicker
        label="咨询人（可不登记）"
        value={client}
        onChange={(c) => { setClient(c); form.setValue("personId", c?.id ?? ""); }}
        error={errors.personId?.message}
        testId="consultation-client"
        optionalHint="已登记的服务对象可按身份证号查询；匿名咨询可只填写联系人和电话。"
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label="联系人" error={errors.contactName?.message}>
          <Input maxLength={30} autoComplete="off" data-testid="consultation-contactName" {...register("contactName")} />
        </FormField>
        <FormField label="联系电话" error={errors.contactPhone?.message} hint="手机号或座机号；未当场解答时须填写（已登记的服务对象除外）">
          <Input inputMode="tel" maxLength={25} autoComplete="off" data-testid="consultation-contactPhone" {...register("contactPhone")} />
        </FormField>
        <FormField label="咨询渠道" error={errors.channel?.message} required>
          <Select options={options(CHANNEL_LABELS)} data-testid="consultation-channel" {...register("channel")} />
        </FormField>
        <FormField label="咨询类别" error={errors.topic?.message} required>
          <Select placeholder="请选择" options={options(CONSULT_TOPIC_LABELS)} data-testid="consultation-topic" {...register("topic")} />
        </FormField>
        {windows.length > 0 && (
          <FormField label="接待窗口" error={errors.windowId?.message}>
            <Select placeholder="不在窗口（电话、热线等）" options={windows.map((w) => ({ value: w.id, label: `${w.windowNo}号 ${w.name}` }))} {...register("windowId")} />
          </FormField>
        )}
      </div>
      <FormField label="咨询内容" error={errors.question?.message} required>
        <Textarea rows={3} maxLength={2000} data-testid="consultation-question" {...register("question")} />
      </FormField>
      <YesNoRadios legend="是否当场解答" name="answeredOnSpot" control={form.control} error={errors.answeredOnSpot?.message} testId="consultation-onSpot" />
      {onSpot !== false ? (
        <FormField label="答复内容" error={errors.answer?.message} required>
          <Textarea rows={3} maxLength={2000} data-testid="consultation-answer" {...register("answer")} />
        </FormField>
      ) : (
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField label="暂无法解答的原因" error={errors.notAnsweredReason?.message} hint="须当面告知服务对象（§7.9.3）" required className="sm:col-span-2">
            <Textarea rows={2} maxLength={2000} data-testid="consultation-reason" {...register("notAnsweredReason")} />
          </FormField>
          <FormField label="答复期限" error={errors.followUpDueDate?.message} hint="默认3个工作日，可修改为以后的工作日" required>
            <Input type="date" data-testid="consultation-dueDate" {...register("followUpDueDate")} />
          </FormField>
        </div>
      )}
      <div className="flex gap-3">
        <Button type="submit" disabled={isSubmitting} data-testid="consultation-submit">{isSubmitting ? "正在保存…" : "保存咨询记录"}</Button>
        <Button type="button" variant="secondary" onClick={() => router.back()}>取消</Button>
      </div>
    </form>
  );
}
