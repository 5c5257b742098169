"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { decideExtendedServiceAction } from "@/lib/hall/duty/actions";
import { ExtendedDecisionInput } from "@/lib/hall/duty/schemas";

type Staff = { id: string; displayName: string };

/** HALL-10 per case: 延时办理 with the staff who stay, or 不具备条件 with the reason (AMB-57). */
export function ExtendedDecisionForm({ caseId, staff, me }: { caseId: string; staff: Staff[]; me: string }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(decideExtendedServiceAction, ExtendedDecisionInput, {
    formProps: { defaultValues: { caseId, decision: "EXTEND", staffIds: [me], reason: "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  const staffIds = form.watch("staffIds") ?? [];
  const submit = (decision: "EXTEND" | "NOT_READY") => {
    form.setValue("decision", decision);
    void handleSubmitWithAction();
  };
  const { errors } = form.formState;
  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate className="flex flex-col gap-2" data-testid="extended-form">
      <FormError message={formError} />
      <fieldset className="flex flex-wrap gap-x-4">
        <legend className="text-sm font-medium text-slate-800">延时服务人员</legend>
        {staff.map((s) => (
          <Checkbox
            key={s.id}
            label={s.displayName}
            checked={staffIds.includes(s.id)}
            onChange={(e) => form.setValue("staffIds", e.target.checked ? [...staffIds, s.id] : staffIds.filter((x) => x !== s.id))}
          />
        ))}
      </fieldset>
      {errors.staffIds?.message && <p className="text-sm font-medium text-red-700">{errors.staffIds.message}</p>}
      <FormField label="不具备条件的原因" hint="选择“不具备条件”时必填" error={errors.reason?.message}>
        <Input maxLength={500} data-testid="extended-reason" {...form.register("reason")} />
      </FormField>
      <div className="flex flex-wrap gap-2">
        <Button type="button" size="sm" disabled={isSubmitting} onClick={() => submit("EXTEND")} data-testid="extended-extend">延时办理</Button>
        <Button type="button" size="sm" variant="secondary" disabled={isSubmitting} onClick={() => submit("NOT_READY")} data-testid="extended-not-ready">不具备条件</Button>
      </div>
    </form>
  );
}
