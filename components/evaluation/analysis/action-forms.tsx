"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { ActionMessage } from "@/components/forms/action-message";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { addImprovementActionAction, approveAnalysisAction, setImprovementActionStatusAction } from "@/lib/evaluation/analysis/actions";
import { AddImprovementActionInput } from "@/lib/evaluation/schemas";

/** `version` is the report's: the page keys this form by it, so it always sends the current one. */
export function AddImprovementActionForm({ analysisId, version }: { analysisId: string; version: number }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(addImprovementActionAction, AddImprovementActionInput, {
    formProps: { defaultValues: { analysisId, version, description: "", ownerName: "", dueDate: "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_10rem_11rem_auto] sm:items-end" data-testid="analysis-add-action">
      <FormError message={formError} className="sm:col-span-4" />
      <FormField label="改进措施" error={e.description?.message} required>
        <Input autoComplete="off" data-testid="action-description" {...form.register("description")} />
      </FormField>
      <FormField label="责任人" error={e.ownerName?.message} required>
        <Input autoComplete="off" data-testid="action-owner" {...form.register("ownerName")} />
      </FormField>
      <FormField label="完成期限" error={e.dueDate?.message} required>
        <Input type="date" data-testid="action-due" {...form.register("dueDate")} />
      </FormField>
      <Button type="submit" disabled={isSubmitting} data-testid="action-add">增加</Button>
    </form>
  );
}

export function ActionStatusButton({ id, version, status }: { id: string; version: number; status: "OPEN" | "DONE" }) {
  const router = useRouter();
  const set = useAction(setImprovementActionStatusAction, { onSuccess: () => router.refresh() });
  return (
    <span className="inline-flex flex-col gap-1">
      <Button size="sm" variant="secondary" disabled={set.isExecuting} onClick={() => set.execute({ id, version, status: status === "OPEN" ? "DONE" : "OPEN" })}>
        {status === "OPEN" ? "标记完成" : "重新打开"}
      </Button>
      <ActionMessage error={set.result.serverError} testId="action-status-error" />
    </span>
  );
}

export function ApproveAnalysisButton({ id, version }: { id: string; version: number }) {
  const router = useRouter();
  const approve = useAction(approveAnalysisAction, { onSuccess: () => router.refresh() });
  const fieldError = approve.result.validationErrors as Record<string, { _errors?: string[] }> | undefined;
  const message = approve.result.serverError ?? Object.values(fieldError ?? {}).flatMap((v) => v?._errors ?? [])[0];
  return (
    <div className="flex flex-col gap-2">
      <div><Button disabled={approve.isExecuting} onClick={() => approve.execute({ id, version })} data-testid="analysis-approve">审定</Button></div>
      <ActionMessage error={message} testId="analysis-approve-error" />
    </div>
  );
}
