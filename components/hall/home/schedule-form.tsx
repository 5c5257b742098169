"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { scheduleHomeAction } from "@/lib/hall/home/actions";
import { ScheduleHomeInput } from "@/lib/hall/home/schemas";

type Initial = { agreedAt: string; address: string; serviceStaffIds: string[] };

/** §7.3.2 c: time and place agreed with the applicant; ≥1 staff (2 recommended). */
export function ScheduleForm({ id, version, staff, initial }: { id: string; version: number; staff: { id: string; displayName: string }[]; initial: Initial }) {
  const router = useRouter();
  const [warning, setWarning] = useState<string | null>(null);
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(scheduleHomeAction, ScheduleHomeInput, {
    formProps: { defaultValues: { id, version, ...initial } },
    actionProps: { onSuccess: ({ data }) => { setWarning(data?.warning ?? null); router.refresh(); } },
  });
  const { register, setValue, formState: { errors } } = form;
  const chosen = useWatch({ control: form.control, name: "serviceStaffIds" }) ?? [];
  const toggle = (sid: string) => setValue("serviceStaffIds", chosen.includes(sid) ? chosen.filter((x) => x !== sid) : [...chosen, sid], { shouldValidate: form.formState.isSubmitted });
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-4" data-testid="home-schedule-form">
      <FormError message={formError} />
      {warning && <Alert tone="warning">{warning}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="约定上门时间" error={errors.agreedAt?.message} required>
          <Input type="datetime-local" data-testid="home-agreedAt" {...register("agreedAt")} />
        </FormField>
        <FormField label="上门地点" error={errors.address?.message} required>
          <Input maxLength={120} data-testid="home-address" {...register("address")} />
        </FormField>
      </div>
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-slate-800">上门服务人员<span aria-hidden="true" className="ml-0.5 text-red-700">*</span></legend>
        <div className="flex flex-wrap gap-x-6">
          {staff.map((s) => (
            <label key={s.id} className="inline-flex min-h-9 items-center gap-2">
              <input type="checkbox" className="size-5 accent-brand-600" checked={chosen.includes(s.id)} onChange={() => toggle(s.id)} data-testid={`home-staff-${s.id}`} />
              {s.displayName}
            </label>
          ))}
        </div>
        <p className="text-sm text-slate-600">建议安排2名工作人员共同上门，便于相互监督。</p>
        {errors.serviceStaffIds && <p className="text-sm font-medium text-red-700">{errors.serviceStaffIds.message}</p>}
      </fieldset>
      <div><Button type="submit" disabled={isSubmitting} data-testid="home-schedule-submit">{isSubmitting ? "正在保存…" : "保存上门安排"}</Button></div>
    </form>
  );
}
