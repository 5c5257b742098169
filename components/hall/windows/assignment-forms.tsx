"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { createAssignmentAction, endAssignmentAction } from "@/lib/hall/ab/actions";
import { AssignmentCreateInput, AssignmentEndInput } from "@/lib/hall/ab/schemas";

type Staff = { id: string; displayName: string; role: string };

/** A new A/B pair for a window (ORG-40); the server refuses overlapping periods. */
export function AssignmentCreateForm({ windowId, staff, today }: { windowId: string; staff: Staff[]; today: string }) {
  const router = useRouter();
  const options = staff.map((s) => ({ value: s.id, label: `${s.displayName}${s.role === "REVIEWER" ? "（审核人员）" : ""}` }));
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(createAssignmentAction, AssignmentCreateInput, {
    formProps: { defaultValues: { windowId, aUserId: "", bUserId: "", effectiveFrom: today, effectiveTo: "" } },
    actionProps: { onSuccess: () => { form.reset(); router.refresh(); } },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-3" data-testid="assignment-form">
      <FormError message={formError} />
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField label="A角（主办）" error={errors.aUserId?.message} required>
          <Select placeholder="请选择" options={options} data-testid="assignment-a" {...form.register("aUserId")} />
        </FormField>
        <FormField label="B角（补位）" error={errors.bUserId?.message} required>
          <Select placeholder="请选择" options={options} data-testid="assignment-b" {...form.register("bUserId")} />
        </FormField>
        <FormField label="生效日期" error={errors.effectiveFrom?.message} required>
          <Input type="date" min={today} data-testid="assignment-from" {...form.register("effectiveFrom")} />
        </FormField>
        <FormField label="失效日期" hint="不填为长期有效" error={errors.effectiveTo?.message}>
          <Input type="date" min={today} data-testid="assignment-to" {...form.register("effectiveTo")} />
        </FormField>
      </div>
      <div>
        <Button type="submit" disabled={isSubmitting} data-testid="assignment-submit">{isSubmitting ? "正在保存…" : "保存AB角安排"}</Button>
      </div>
    </form>
  );
}

/** 结束安排: the last day in force (the day before the start cancels a future pair). */
export function AssignmentEndForm({ id, version, defaultTo, min }: { id: string; version: number; defaultTo: string; min: string }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(endAssignmentAction, AssignmentEndInput, {
    formProps: { defaultValues: { id, version, effectiveTo: defaultTo } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-wrap items-end gap-2" data-testid="assignment-end-form">
      <FormField label="最后有效日" error={form.formState.errors.effectiveTo?.message ?? formError}>
        <Input type="date" min={min} className="w-44" data-testid="assignment-end-date" {...form.register("effectiveTo")} />
      </FormField>
      <Button type="submit" size="sm" variant="secondary" disabled={isSubmitting} data-testid="assignment-end">结束安排</Button>
    </form>
  );
}
