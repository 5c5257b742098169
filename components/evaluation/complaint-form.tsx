"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { recordComplaintAction } from "@/lib/evaluation/actions";
import { ComplaintInput } from "@/lib/evaluation/schemas";
import { useSubmissionKey } from "./use-submission-key";

/** AMB-37: a complaint taken by a clerk opens a bad-review loop (source 投诉). */
export function ComplaintForm({ windows, staff }: { windows: SelectOption[]; staff: SelectOption[] }) {
  const router = useRouter();
  const submissionKey = useSubmissionKey();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(recordComplaintAction, ComplaintInput, {
    formProps: { defaultValues: { caseNo: "", windowId: "", staffUserId: "", serviceItemCode: "", description: "", contactName: "", contactPhone: "", submissionKey } },
    actionProps: { onSuccess: ({ data }) => data && router.push(`/evaluation/bad-reviews/${data.id}`) },
  });
  const errors = form.formState.errors;
  const byCase = !!form.watch("caseNo");
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex max-w-3xl flex-col gap-5" data-testid="complaint-form">
      <FormError message={formError} />
      <FormField label="办件编号" hint="投诉针对某一办件时填写；涉及单位、窗口、人员和事项取自办件" error={errors.caseNo?.message}>
        <Input autoComplete="off" {...form.register("caseNo")} />
      </FormField>
      {!byCase && (
        <div className="grid gap-4 sm:grid-cols-3">
          <FormField label="涉及窗口" error={errors.windowId?.message}>
            <Select placeholder="不指定" options={windows} {...form.register("windowId")} />
          </FormField>
          <FormField label="涉及人员" error={errors.staffUserId?.message}>
            <Select placeholder="不指定" options={staff} {...form.register("staffUserId")} />
          </FormField>
          <FormField label="涉及事项编码" error={errors.serviceItemCode?.message}>
            <Input autoComplete="off" placeholder="如 PC-001" {...form.register("serviceItemCode")} />
          </FormField>
        </div>
      )}
      <FormField label="投诉内容" error={errors.description?.message} required>
        <Textarea rows={5} data-testid="complaint-description" {...form.register("description")} />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="投诉人姓名" error={errors.contactName?.message}>
          <Input autoComplete="off" {...form.register("contactName")} />
        </FormField>
        <FormField label="投诉人联系电话" hint="不留电话的投诉无法回访，整改后直接转入改进提升" error={errors.contactPhone?.message}>
          <Input type="tel" autoComplete="off" data-testid="complaint-phone" {...form.register("contactPhone")} />
        </FormField>
      </div>
      <div>
        <Button type="submit" disabled={isSubmitting} data-testid="complaint-submit">{isSubmitting ? "正在登记…" : "登记投诉"}</Button>
      </div>
    </form>
  );
}
