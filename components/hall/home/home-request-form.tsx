"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { ClientPicker, type PickedClient } from "@/components/hall/consultations/client-picker";
import { YesNoRadios } from "@/components/hall/consultations/yes-no-radios";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { requestHomeServiceAction } from "@/lib/hall/home/actions";
import { RequestHomeServiceInput } from "@/lib/hall/home/schemas";
import { HOME_HARDSHIP_LABELS } from "@/lib/hall/labels";

type Item = { code: string; name: string; requiresOnSiteAuthentication: boolean };

/** §7.3.2 a: the applicant or their agent asks for a home visit; §7.3.1 a) and b) are recorded. */
export function HomeRequestForm({ items, initialClient, initialItemCode }: { items: Item[]; initialClient: PickedClient | null; initialItemCode?: string }) {
  const router = useRouter();
  const [client, setClient] = useState<PickedClient | null>(initialClient);
  const first = items.find((i) => i.code === initialItemCode);
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(requestHomeServiceAction, RequestHomeServiceInput, {
    formProps: {
      defaultValues: {
        applicantPersonId: initialClient?.id ?? "", agentName: "", serviceItemCode: first?.code ?? "",
        needsOnSiteAuthentication: first?.requiresOnSiteAuthentication ?? true, hardship: undefined, hardshipNote: "",
      },
    },
    actionProps: { onSuccess: ({ data }) => data && router.push(`/hall/home/${data.id}?created=1`) },
  });
  const { register, setValue, formState: { errors } } = form;
  const needsA = useWatch({ control: form.control, name: "needsOnSiteAuthentication" });
  const itemField = register("serviceItemCode");
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex max-w-3xl flex-col gap-5" data-testid="home-request-form">
      <FormError message={formError} />
      <ClientPicker label="申请人" required value={client} error={errors.applicantPersonId?.message} testId="home-client"
        onChange={(c) => { setClient(c); setValue("applicantPersonId", c?.id ?? ""); }} />
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label="代理人姓名" error={errors.agentName?.message} hint="由代理人代为申请时填写">
          <Input maxLength={30} autoComplete="off" {...register("agentName")} />
        </FormField>
        <FormField label="服务事项" error={errors.serviceItemCode?.message} hint="仅列出服务事项目录中“可上门办理”的事项" required>
          <Select
            placeholder="请选择" options={items.map((i) => ({ value: i.code, label: `${i.name}（${i.code}）` }))} data-testid="home-item" {...itemField}
            onChange={(e) => {
              void itemField.onChange(e);
              const it = items.find((i) => i.code === e.target.value);
              if (it) setValue("needsOnSiteAuthentication", it.requiresOnSiteAuthentication);
            }}
          />
        </FormField>
      </div>
      <YesNoRadios legend="a) 办理的服务事项是否需要现场认证" name="needsOnSiteAuthentication" control={form.control} error={errors.needsOnSiteAuthentication?.message} testId="home-needsA" yes="需要" no="不需要" />
      {needsA === false && (
        <Alert tone="warning">不需现场认证的事项，上门服务须经审核人员批准例外（§7.3.1）；一般可引导改为代办服务（§7.5）。</Alert>
      )}
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label="b) 本人实际困难" error={errors.hardship?.message} required>
          <Select placeholder="请选择" options={Object.entries(HOME_HARDSHIP_LABELS).map(([value, label]) => ({ value, label }))} data-testid="home-hardship" {...register("hardship")} />
        </FormField>
      </div>
      <FormField label="困难情况说明或证明" error={errors.hardshipNote?.message} hint="如诊断证明、残疾证等已核验的材料，或对实际困难的说明" required>
        <Textarea rows={3} maxLength={2000} data-testid="home-hardshipNote" {...register("hardshipNote")} />
      </FormField>
      <div className="flex gap-3">
        <Button type="submit" disabled={isSubmitting} data-testid="home-submit">{isSubmitting ? "正在保存…" : "登记上门服务申请"}</Button>
        <Button type="button" variant="secondary" onClick={() => router.back()}>取消</Button>
      </div>
    </form>
  );
}
