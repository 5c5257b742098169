"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { ClientPicker, type PickedClient } from "@/components/hall/consultations/client-picker";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { registerAssistAction } from "@/lib/hall/assist/actions";
import { RegisterAssistInput } from "@/lib/hall/assist/schemas";
import { ASSIST_KIND_LABELS, PROXY_REASON_LABELS } from "@/lib/hall/labels";
import { MaterialCheckFields, type MaterialOption } from "./material-check-fields";

type Item = { code: string; name: string; proxyEligible: boolean; materials: MaterialOption[] };

/** §7.5.3.1 委托登记 with the on-the-spot material check of §7.5.3.2. */
export function AssistRegisterForm({
  items, agents, initialClient, initialItemCode, initialKind,
}: { items: Item[]; agents: { id: string; displayName: string }[]; initialClient: PickedClient | null; initialItemCode?: string; initialKind?: "ASSIST" | "PROXY" }) {
  const router = useRouter();
  const [client, setClient] = useState<PickedClient | null>(initialClient);
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(registerAssistAction, RegisterAssistInput, {
    formProps: {
      defaultValues: {
        kind: initialKind ?? "ASSIST", clientPersonId: initialClient?.id ?? "", serviceItemCode: initialItemCode ?? "", agentStaffId: agents.length === 1 ? agents[0].id : "",
        proxyReason: undefined, proxyReasonText: "", entrustmentNote: "", materials: [],
      },
    },
    actionProps: { onSuccess: ({ data }) => data && router.push(`/hall/assist/${data.id}?created=1`) },
  });
  const { register, setValue, formState: { errors } } = form;
  const [kind, itemCode] = useWatch({ control: form.control, name: ["kind", "serviceItemCode"] });
  const shown = kind === "PROXY" ? items.filter((i) => i.proxyEligible) : items;
  const item = items.find((i) => i.code === itemCode);
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex max-w-4xl flex-col gap-5" data-testid="assist-form">
      <FormError message={formError} />
      {agents.length === 0 && <Alert tone="warning">本单位尚无帮办代办员：请单位管理员为工作人员授予“帮办代办员”职责（§7.5.2）。</Alert>}
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label="服务类型" error={errors.kind?.message} required>
          <Select options={Object.entries(ASSIST_KIND_LABELS).map(([value, label]) => ({ value, label }))} data-testid="assist-kind" {...register("kind")} />
        </FormField>
        <FormField label="帮办代办员" error={errors.agentStaffId?.message} required>
          <Select placeholder="请选择" options={agents.map((a) => ({ value: a.id, label: a.displayName }))} data-testid="assist-agent" {...register("agentStaffId")} />
        </FormField>
      </div>
      <ClientPicker label="委托人（服务对象）" required value={client} error={errors.clientPersonId?.message} testId="assist-client"
        onChange={(c) => { setClient(c); setValue("clientPersonId", c?.id ?? ""); }} />
      <FormField label="办理事项" error={errors.serviceItemCode?.message} hint={kind === "PROXY" ? "代办仅列出服务事项目录中“可代办”的事项" : undefined} required>
        <Select placeholder="请选择" options={shown.map((i) => ({ value: i.code, label: `${i.name}（${i.code}）` }))} data-testid="assist-item" {...register("serviceItemCode")} />
      </FormField>
      {kind === "PROXY" && (
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField label="代办原因" error={errors.proxyReason?.message} required>
            <Select placeholder="请选择" options={Object.entries(PROXY_REASON_LABELS).map(([value, label]) => ({ value, label }))} data-testid="assist-proxyReason" {...register("proxyReason")} />
          </FormField>
          <FormField label="其他特殊情况说明" error={errors.proxyReasonText?.message}>
            <Input maxLength={200} {...register("proxyReasonText")} />
          </FormField>
          <FormField label="委托书情况" error={errors.entrustmentNote?.message} hint="核验的委托书（份数、签字、日期）" required className="sm:col-span-2">
            <Input maxLength={200} data-testid="assist-entrustment" {...register("entrustmentNote")} />
          </FormField>
        </div>
      )}
      {item && (
        <section className="flex flex-col gap-2">
          <h2 className="font-semibold">材料审查（§7.5.3.2）</h2>
          <p className="text-sm text-slate-600">缺少或需补正的材料将一次性列入告知单，并写明补齐材料的途径或方法。</p>
          <MaterialCheckFields form={form as unknown as UseFormReturn<Record<string, unknown>>} prefix="materials" materials={item.materials} error={errors.materials?.message} />
        </section>
      )}
      <div className="flex gap-3">
        <Button type="submit" disabled={isSubmitting} data-testid="assist-submit">{isSubmitting ? "正在保存…" : "委托登记"}</Button>
        <Button type="button" variant="secondary" onClick={() => router.back()}>取消</Button>
      </div>
    </form>
  );
}
