"use client";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { issueProfileCardAction } from "@/lib/ic/four-ones/actions";
import { CardIssueInput } from "@/lib/ic/four-ones/schemas";

type Props = { profileId: string; staffOptions: { value: string; label: string }[]; defaultStaffId: string; defaultPhone: string };

/** Issues the 一人一卡 card; the number is assigned by the server (`{unitCode}-{seq}`). */
export function CardIssueForm({ profileId, staffOptions, defaultStaffId, defaultPhone }: Props) {
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(issueProfileCardAction, CardIssueInput, {
    formProps: { defaultValues: { profileId, staffId: defaultStaffId, officePhone: defaultPhone, windowNo: "" } },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-3">
      <FormError message={formError} />
      <div className="grid gap-3 sm:grid-cols-3">
        <FormField label="联系人" error={errors.staffId?.message} required>
          <Select options={staffOptions} placeholder="请选择" {...form.register("staffId")} />
        </FormField>
        <FormField label="办公电话" error={errors.officePhone?.message} required>
          <Input inputMode="tel" maxLength={20} {...form.register("officePhone")} />
        </FormField>
        <FormField label="服务窗口" error={errors.windowNo?.message}>
          <Input maxLength={10} placeholder="如：3号窗口" {...form.register("windowNo")} />
        </FormField>
      </div>
      <div>
        <Button type="submit" disabled={isSubmitting} data-testid="card-issue">{isSubmitting ? "正在发卡…" : "发放服务卡"}</Button>
      </div>
    </form>
  );
}
