"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ACCESS_KIND_LABELS } from "@/lib/ic/review/labels";
import { requestAccessAction } from "@/lib/ic/transfers/actions";
import { AccessRequestInput } from "@/lib/ic/transfers/schemas";

const KINDS = Object.entries(ACCESS_KIND_LABELS).map(([value, label]) => ({ value, label }));

/**
 * ORG-23: after "该身份证号已在【…】登记", the clerk asks the owning unit for 30 days of summary
 * access or for the file to be transferred here. Only the ID number typed at the window is sent.
 */
export function AccessRequestForm({ defaultIdNumber }: { defaultIdNumber?: string }) {
  const router = useRouter();
  const [sent, setSent] = useState(false);
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(requestAccessAction, AccessRequestInput, {
    formProps: { defaultValues: { idNumber: defaultIdNumber ?? "", reason: "" } },
    actionProps: { onSuccess: () => { setSent(true); form.reset({ idNumber: "", reason: "" }); router.refresh(); } },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-3" data-testid="access-request-form">
      <FormError message={formError} />
      {sent && <Alert tone="success" data-testid="access-requested">申请已提交，等待户籍所在单位审核。</Alert>}
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField label="身份证号" required error={errors.idNumber?.message}>
          <Input maxLength={18} autoComplete="off" data-testid="access-id-number" {...form.register("idNumber")} />
        </FormField>
        <FormField label="申请类型" required error={errors.kind?.message}>
          <Select placeholder="请选择" options={KINDS} data-testid="access-kind" {...form.register("kind")} />
        </FormField>
        <FormField label="申请原因" required error={errors.reason?.message} className="sm:col-span-2">
          <Input maxLength={200} data-testid="access-reason" {...form.register("reason")} />
        </FormField>
      </div>
      <div><Button type="submit" disabled={isSubmitting} data-testid="access-submit">提交申请</Button></div>
    </form>
  );
}
