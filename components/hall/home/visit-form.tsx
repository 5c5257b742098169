"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { MaterialCheckFields, type MaterialOption } from "@/components/hall/assist/material-check-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { recordVisitAction } from "@/lib/hall/home/actions";
import { RecordVisitInput } from "@/lib/hall/home/schemas";
import { HOME_RESULT_LABELS, HOME_SERVICE_CONTENT_LABELS, PROXY_REASON_LABELS, type HomeServiceContent } from "@/lib/hall/labels";

type Props = {
  id: string;
  version: number;
  agents: { id: string; displayName: string }[];
  materials: MaterialOption[];
  proxyEligible: boolean;
};

/** §7.3.2 d / §7.3.3: what was provided at the home and the result. */
export function VisitForm({ id, version, agents, materials, proxyEligible }: Props) {
  const router = useRouter();
  const [caseError, setCaseError] = useState<string | null>(null);
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(recordVisitAction, RecordVisitInput, {
    formProps: { defaultValues: { id, version, servicesProvided: [], result: undefined, resultNote: "", materialsChecked: false, proxy: undefined } },
    actionProps: { onSuccess: ({ data }) => { setCaseError(data?.caseError ?? null); router.refresh(); } },
  });
  const { register, setValue, formState: { errors } } = form;
  const [services, result] = useWatch({ control: form.control, name: ["servicesProvided", "result"] });
  const chosen = services ?? [];
  const resultField = register("result");
  const anyErrors = errors as Record<string, { message?: string } | undefined>;
  const proxyErrors = (errors.proxy ?? {}) as Record<string, { message?: string } | undefined>;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-4" data-testid="home-visit-form">
      <FormError message={formError} />
      {caseError && <Alert tone="warning">{caseError}</Alert>}
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-slate-800">服务内容<span aria-hidden="true" className="ml-0.5 text-red-700">*</span></legend>
        <div className="flex flex-wrap gap-x-6">
          {(Object.keys(HOME_SERVICE_CONTENT_LABELS) as HomeServiceContent[]).map((k) => (
            <label key={k} className="inline-flex min-h-9 items-center gap-2">
              <input type="checkbox" className="size-5 accent-brand-600" checked={chosen.includes(k)} data-testid={`home-service-${k}`}
                onChange={() => setValue("servicesProvided", chosen.includes(k) ? chosen.filter((x) => x !== k) : [...chosen, k])} />
              {HOME_SERVICE_CONTENT_LABELS[k]}
            </label>
          ))}
        </div>
        {errors.servicesProvided && <p className="text-sm font-medium text-red-700">{errors.servicesProvided.message}</p>}
      </fieldset>
      <FormField label="办理结果" error={errors.result?.message} required>
        <Select
          placeholder="请选择" data-testid="home-result" {...resultField}
          options={Object.entries(HOME_RESULT_LABELS).filter(([v]) => v !== "PROXY" || proxyEligible).map(([value, label]) => ({ value, label }))}
          onChange={(e) => {
            void resultField.onChange(e);
            setValue("proxy", e.target.value === "PROXY" ? { agentStaffId: "", proxyReason: undefined, proxyReasonText: "", entrustmentNote: "", materials: [] } : undefined);
          }}
        />
      </FormField>
      {(result === "COMPLETED_ON_SITE" || result === "ACCEPTED_WITH_DEADLINE") && (
        <div className="flex flex-col gap-1">
          <Checkbox label="申请材料已当场核验齐全" data-testid="home-materialsChecked" {...register("materialsChecked")} />
          {errors.materialsChecked && <p className="text-sm font-medium text-red-700">{errors.materialsChecked.message}</p>}
          <p className="text-sm text-slate-600">
            {result === "COMPLETED_ON_SITE" ? "保存后将以“上门”渠道登记办件并当场办结。" : "保存后将以“上门”渠道登记并受理办件，请打印上门服务记录单，告知办理程序和承诺办结日期。"}
          </p>
        </div>
      )}
      {result === "PROXY" && (
        <div className="flex flex-col gap-4 rounded-md border border-slate-200 p-3">
          <h3 className="font-medium">代办委托（§7.5）</h3>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField label="帮办代办员" error={proxyErrors.agentStaffId?.message ?? anyErrors.agentStaffId?.message} required>
              <Select placeholder="请选择" options={agents.map((a) => ({ value: a.id, label: a.displayName }))} data-testid="home-proxy-agent" {...register("proxy.agentStaffId")} />
            </FormField>
            <FormField label="代办原因" error={proxyErrors.proxyReason?.message} required>
              <Select placeholder="请选择" options={Object.entries(PROXY_REASON_LABELS).map(([value, label]) => ({ value, label }))} data-testid="home-proxy-reason" {...register("proxy.proxyReason")} />
            </FormField>
            <FormField label="其他特殊情况说明" error={proxyErrors.proxyReasonText?.message}>
              <Input maxLength={200} {...register("proxy.proxyReasonText")} />
            </FormField>
            <FormField label="委托书情况" error={proxyErrors.entrustmentNote?.message} required>
              <Input maxLength={200} data-testid="home-proxy-entrustment" {...register("proxy.entrustmentNote")} />
            </FormField>
          </div>
          <MaterialCheckFields form={form as unknown as UseFormReturn<Record<string, unknown>>} prefix="proxy.materials" materials={materials} error={anyErrors.materials?.message} />
        </div>
      )}
      <FormField label="情况说明" error={errors.resultNote?.message}>
        <Textarea rows={2} maxLength={1000} {...register("resultNote")} />
      </FormField>
      <div><Button type="submit" disabled={isSubmitting} data-testid="home-visit-submit">{isSubmitting ? "正在保存…" : "登记上门服务结果"}</Button></div>
    </form>
  );
}
