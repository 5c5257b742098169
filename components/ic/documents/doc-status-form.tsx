"use client";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { setDocumentStatusAction } from "@/lib/ic/documents/actions";
import { DocumentStatusInput } from "@/lib/ic/documents/schemas";
import { YES_NO_NA_LABELS } from "@/lib/ic/labels";

type Props = {
  profileId: string;
  checkId: string;
  testSuffix: string;
  provided: "YES" | "NO" | "NA";
  naReason: string | null;
  remark: string | null;
  hasAttachments: boolean;
};

const OPTIONS = (["YES", "NO", "NA"] as const).map((v) => ({ value: v, label: YES_NO_NA_LABELS[v] }));

/** IC-03: 已提供 needs a scan; 不适用 needs a reason the reviewer can accept. */
export function DocStatusForm({ profileId, checkId, testSuffix, provided, naReason, remark, hasAttachments }: Props) {
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(setDocumentStatusAction, DocumentStatusInput, {
    formProps: { defaultValues: { profileId, checkId, provided, naReason: naReason ?? "", remark: remark ?? "" } },
  });
  const { errors } = form.formState;
  const current = form.watch("provided");
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-3">
      <FormError message={formError} />
      <div className="grid gap-3 sm:grid-cols-[10rem_1fr_1fr_auto] sm:items-end">
        <FormField label="提供情况" error={errors.provided?.message} hint={!hasAttachments && current === "YES" ? "请先上传扫描件" : undefined}>
          <Select options={OPTIONS} data-testid={`doc-provided-${testSuffix}`} {...form.register("provided")} />
        </FormField>
        {current === "NA" ? (
          <FormField label="不适用原因" error={errors.naReason?.message} required>
            <Input maxLength={200} data-testid={`doc-na-reason-${testSuffix}`} {...form.register("naReason")} />
          </FormField>
        ) : (
          <div className="hidden sm:block" />
        )}
        <FormField label="备注" error={errors.remark?.message}>
          <Input maxLength={200} {...form.register("remark")} />
        </FormField>
        <Button type="submit" variant="secondary" disabled={isSubmitting} data-testid={`doc-save-${testSuffix}`}>
          {isSubmitting ? "正在保存…" : "保存"}
        </Button>
      </div>
    </form>
  );
}
