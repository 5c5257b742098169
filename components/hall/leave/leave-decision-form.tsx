"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { decideLeaveAction } from "@/lib/hall/leave/actions";
import { LeaveDecisionInput } from "@/lib/hall/leave/schemas";

type Substitute = { id: string; displayName: string };

/**
 * A reviewer's decision on one request. With an A/B conflict (ORG-42) a WINDOW_LEAD sees the
 * override: a written reason and a named substitute; anyone else is refused by the server.
 */
export function LeaveDecisionForm({ id, version, conflict, isWindowLead, substitutes }: {
  id: string; version: number; conflict: boolean; isWindowLead: boolean; substitutes: Substitute[];
}) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(decideLeaveAction, LeaveDecisionInput, {
    formProps: { defaultValues: { id, version, decision: "approve", note: "", overrideReason: "", substituteUserId: "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  const submit = (decision: "approve" | "reject") => {
    form.setValue("decision", decision);
    void handleSubmitWithAction();
  };
  const { errors } = form.formState;
  const override = conflict && isWindowLead;
  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate className="flex flex-col gap-2" data-testid="leave-decision-form">
      <FormError message={formError} data-testid="leave-decision-error" />
      <FormField label="审批意见" hint="不予批准须填写理由" error={errors.note?.message}>
        <Input maxLength={200} data-testid="leave-note" {...form.register("note")} />
      </FormField>
      {override && (
        <fieldset className="flex flex-col gap-2 rounded-md border border-amber-200 bg-amber-50 p-3">
          <legend className="px-1 text-sm font-semibold text-amber-900">窗口负责人特批同期休假</legend>
          <FormField label="特批理由" error={errors.overrideReason?.message} required>
            <Textarea rows={2} maxLength={500} data-testid="leave-override-reason" {...form.register("overrideReason")} />
          </FormField>
          <FormField label="补位人员" error={errors.substituteUserId?.message} required>
            <Select placeholder="请选择" options={substitutes.map((s) => ({ value: s.id, label: s.displayName }))} data-testid="leave-substitute" {...form.register("substituteUserId")} />
          </FormField>
        </fieldset>
      )}
      <div className="flex gap-2">
        <Button type="button" disabled={isSubmitting} onClick={() => submit("approve")} data-testid="leave-approve">{override ? "特批" : "批准"}</Button>
        <Button type="button" variant="secondary" disabled={isSubmitting} onClick={() => submit("reject")} data-testid="leave-reject">不予批准</Button>
      </div>
    </form>
  );
}
