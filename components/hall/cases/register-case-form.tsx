"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { registerCaseAction } from "@/lib/hall/cases/actions";
import type { RegisterFormOptions } from "@/lib/hall/cases/form-options";
import { CHANNELS, RegisterCaseInput } from "@/lib/hall/cases/schemas";
import { AGENT_RELATION_LABELS, CHANNEL_LABELS } from "@/lib/hall/labels";

type Props = {
  client: { id: string; name: string; idMasked: string };
  options: RegisterFormOptions;
  preset: { itemCode?: string; channel?: string; appointmentId?: string; consultationId?: string; windowId?: string };
};

/** 受理登记 (§7.8.1): the registering clerk becomes the first handler; materials are checked next. */
export function RegisterCaseForm({ client, options, preset }: Props) {
  const router = useRouter();
  const channel = CHANNELS.find((c) => c === preset.channel) ?? "WINDOW";
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(registerCaseAction, RegisterCaseInput, {
    formProps: {
      defaultValues: {
        clientPersonId: client.id, serviceItemCode: preset.itemCode ?? "", channel,
        windowId: options.windows.find((w) => w.id === preset.windowId)?.id ?? options.myWindowId ?? "",
        appointmentId: preset.appointmentId ?? "", consultationId: preset.consultationId ?? "", hasAgent: false, agentName: "", agentIdNumber: "", agentPhone: "", agentRelation: undefined,
        authorisationNote: "",
      },
    },
    actionProps: { onSuccess: ({ data }) => data && router.push(`/hall/cases/${data.id}`) },
  });
  const { errors } = form.formState;
  const hasAgent = form.watch("hasAgent");
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="case-register-form">
      <FormError message={formError} data-testid="case-register-error" />
      <p className="text-base">服务对象：<strong>{client.name}</strong>（{client.idMasked}）</p>
      {preset.appointmentId && <p className="text-sm text-slate-600">由预约办理：登记后该预约即完成。</p>}
      {preset.consultationId && <p className="text-sm text-slate-600">由咨询发起：答复咨询的工作人员为首办人（首办负责）。</p>}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="服务事项" required error={errors.serviceItemCode?.message} className="sm:col-span-2">
          <Select placeholder="请选择" options={options.items.map((i) => ({ value: i.code, label: `${i.code} ${i.name}（${i.promisedWorkingDays === 0 ? "即办" : `${i.promisedWorkingDays}个工作日`}）` }))} data-testid="case-item" {...form.register("serviceItemCode")} />
        </FormField>
        <FormField label="受理渠道" required error={errors.channel?.message}>
          <Select options={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))} data-testid="case-channel" {...form.register("channel")} />
        </FormField>
        <FormField label="受理窗口" error={errors.windowId?.message} hint="窗口受理必填">
          <Select placeholder="（不经窗口）" options={options.windows.map((w) => ({ value: w.id, label: `${w.windowNo}号 ${w.name}` }))} data-testid="case-window" {...form.register("windowId")} />
        </FormField>
      </div>
      <Checkbox label="由代理人代为办理" data-testid="case-has-agent" {...form.register("hasAgent")} />
      {hasAgent && (
        <div className="grid gap-4 rounded-md border border-slate-200 p-3 sm:grid-cols-2" data-testid="case-agent-fields">
          <FormField label="代理人姓名" required error={errors.agentName?.message}>
            <Input maxLength={30} data-testid="case-agent-name" {...form.register("agentName")} />
          </FormField>
          <FormField label="代理人身份证号" required error={errors.agentIdNumber?.message}>
            <Input maxLength={20} autoComplete="off" spellCheck={false} data-testid="case-agent-id" {...form.register("agentIdNumber")} />
          </FormField>
          <FormField label="与服务对象关系" required error={errors.agentRelation?.message}>
            <Select placeholder="请选择" options={Object.entries(AGENT_RELATION_LABELS).map(([value, label]) => ({ value, label }))} data-testid="case-agent-relation" {...form.register("agentRelation")} />
          </FormField>
          <FormField label="代理人电话" error={errors.agentPhone?.message}>
            <Input inputMode="tel" maxLength={20} data-testid="case-agent-phone" {...form.register("agentPhone")} />
          </FormField>
          <FormField label="委托书核验情况" required error={errors.authorisationNote?.message} className="sm:col-span-2" hint="如：已核验经本人签字的授权委托书原件，复印件留存">
            <Input maxLength={200} data-testid="case-agent-authorisation" {...form.register("authorisationNote")} />
          </FormField>
        </div>
      )}
      <div>
        <Button type="submit" disabled={isSubmitting} data-testid="case-register-submit">{isSubmitting ? "正在登记…" : "登记并核验材料"}</Button>
      </div>
    </form>
  );
}
