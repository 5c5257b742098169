"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { SATISFACTION_LABELS, SATISFACTION_ORDER } from "@/lib/evaluation/labels";
import { recordReturnVisitAction } from "@/lib/hall/follow-up/actions";
import { RecordReturnVisitInput } from "@/lib/hall/follow-up/schemas";
import { POLICY_IMPLEMENTED_LABELS, RETURN_VISIT_METHOD_LABELS, SERVICE_EFFECT_LABELS } from "@/lib/hall/labels";

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/**
 * §7.4.2: records a return visit. Effect 不理想 or policy not fully implemented opens a supervision
 * task; 不满意 or worse opens a bad-review loop — the page says so after saving.
 */
export function ReturnVisitForm({ id, version }: { id: string; version: number }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(recordReturnVisitAction, RecordReturnVisitInput, {
    formProps: { defaultValues: { id, version, method: "PHONE", feedback: "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex max-w-2xl flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="visit-form">
      <FormError message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="回访方式" error={e.method?.message} required>
          <Select options={options(RETURN_VISIT_METHOD_LABELS)} data-testid="visit-method" {...form.register("method")} />
        </FormField>
        <FormField label="满意度" error={e.satisfaction?.message} required>
          <Select placeholder="请选择" options={SATISFACTION_ORDER.map((s) => ({ value: s, label: SATISFACTION_LABELS[s] }))} data-testid="visit-satisfaction" {...form.register("satisfaction")} />
        </FormField>
        <FormField label="政策落实情况" error={e.policyImplemented?.message} required>
          <Select placeholder="请选择" options={options(POLICY_IMPLEMENTED_LABELS)} data-testid="visit-policy" {...form.register("policyImplemented")} />
        </FormField>
        <FormField label="办理效果" error={e.effect?.message} required>
          <Select placeholder="请选择" options={options(SERVICE_EFFECT_LABELS)} data-testid="visit-effect" {...form.register("effect")} />
        </FormField>
      </div>
      <FormField label="反馈意见" hint="服务对象的意见和建议" error={e.feedback?.message}>
        <Textarea rows={3} data-testid="visit-feedback" {...form.register("feedback")} />
      </FormField>
      <p className="text-sm text-slate-600">办理效果不理想或政策未落实到位的，将自动发起督导落实任务；服务对象不满意的，将自动进入差评闭环。</p>
      <div>
        <Button type="submit" disabled={isSubmitting} data-testid="visit-submit">{isSubmitting ? "正在保存…" : "登记回访结果"}</Button>
      </div>
    </form>
  );
}
