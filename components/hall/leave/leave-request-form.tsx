"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { LEAVE_TYPE_LABELS } from "@/lib/hall/labels";
import { requestLeaveAction } from "@/lib/hall/leave/actions";
import { LEAVE_CONFLICT_MESSAGE } from "@/lib/hall/leave/rules";
import { LEAVE_TYPES, LeaveRequestInput } from "@/lib/hall/leave/schemas";

const TYPE_OPTIONS = LEAVE_TYPES.map((t) => ({ value: t, label: LEAVE_TYPE_LABELS[t] }));

/** 请假申请 (§5.2.1): before it starts; sick leave may be entered up to 2 working days afterwards (STF-07). */
export function LeaveRequestForm({ defaultStart, defaultEnd }: { defaultStart: string; defaultEnd: string }) {
  const router = useRouter();
  const [conflict, setConflict] = useState(false);
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(requestLeaveAction, LeaveRequestInput, {
    formProps: { defaultValues: { type: "ANNUAL", startsAt: defaultStart, endsAt: defaultEnd, reason: "" } },
    actionProps: {
      onSuccess: ({ data }) => {
        setConflict(!!data?.abConflict);
        form.reset({ type: "ANNUAL", startsAt: defaultStart, endsAt: defaultEnd, reason: "" });
        router.refresh();
      },
    },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-3" data-testid="leave-form">
      <FormError message={formError} />
      {conflict && (
        <Alert tone="warning" title="已提交，但与AB角休假冲突" data-testid="leave-conflict-notice">
          {LEAVE_CONFLICT_MESSAGE}。您的AB角在此期间已批准休假，须由窗口负责人特批并指定补位人员。
        </Alert>
      )}
      <div className="grid gap-3 sm:grid-cols-3">
        <FormField label="请假类型" error={errors.type?.message} required>
          <Select options={TYPE_OPTIONS} data-testid="leave-type" {...form.register("type")} />
        </FormField>
        <FormField label="开始时间" error={errors.startsAt?.message} required>
          <Input type="datetime-local" data-testid="leave-start" {...form.register("startsAt")} />
        </FormField>
        <FormField label="结束时间" error={errors.endsAt?.message} required>
          <Input type="datetime-local" data-testid="leave-end" {...form.register("endsAt")} />
        </FormField>
      </div>
      <FormField label="请假事由" error={errors.reason?.message}>
        <Input maxLength={200} data-testid="leave-reason" {...form.register("reason")} />
      </FormField>
      <div>
        <Button type="submit" disabled={isSubmitting} data-testid="leave-submit">{isSubmitting ? "正在提交…" : "提交请假申请"}</Button>
      </div>
    </form>
  );
}
