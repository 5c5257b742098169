"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { useSyncedVersion } from "@/components/forms/use-synced-version";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { refuseCaseAction } from "@/lib/hall/cases/actions";
import { RefuseCaseInput } from "@/lib/hall/cases/schemas";

/** §7.6 a / f: not in the hall's remit (guide to the competent authority) or not acceptable (reason). */
export function RefuseCaseForm({ caseId, version }: { caseId: string; version: number }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(refuseCaseAction, RefuseCaseInput, {
    formProps: { defaultValues: { caseId, version, inScope: true, competentAuthority: "", authorityContact: "", refusalReason: "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  useSyncedVersion(form, version);
  const { errors } = form.formState;
  const outOfScope = !form.watch("inScope");
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-3 rounded-md border border-slate-200 p-3" data-testid="case-refuse-form">
      <FormError message={formError} />
      <Checkbox label="不属于本大厅（窗口）职权范围，引导至有权部门" checked={outOfScope} onChange={(e) => form.setValue("inScope", !e.target.checked)} data-testid="case-refuse-out-of-scope" />
      {outOfScope ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField label="有权办理的部门" required error={errors.competentAuthority?.message}>
            <Input maxLength={120} {...form.register("competentAuthority")} />
          </FormField>
          <FormField label="地址和电话" required error={errors.authorityContact?.message}>
            <Input maxLength={200} {...form.register("authorityContact")} />
          </FormField>
        </div>
      ) : (
        <FormField label="不予受理的理由及依据" required error={errors.refusalReason?.message}>
          <Textarea rows={3} maxLength={2000} data-testid="case-refuse-reason" {...form.register("refusalReason")} />
        </FormField>
      )}
      <div>
        <Button type="submit" variant="danger" disabled={isSubmitting} data-testid="case-refuse-submit">出具告知单并不予受理</Button>
      </div>
    </form>
  );
}
