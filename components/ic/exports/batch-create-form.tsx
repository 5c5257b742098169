"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { createProvincialBatchAction } from "@/lib/ic/export/actions";
import { DEFAULT_EXPORT_REASON, ProvincialBatchInput } from "@/lib/ic/export/schemas";
import { BatchPasswordPanel, type CreatedBatch } from "./batch-password-panel";

const MODE_OPTIONS = [
  { value: "DELTA", label: "增量：自上次上报以来新增或变更的档案" },
  { value: "FULL", label: "全量：全部市级审核通过和已上报的档案" },
];

/** Errata A4 / X-12: creating the batch returns the file password once; it is kept only in this component's state. */
export function BatchCreateForm() {
  const router = useRouter();
  const [created, setCreated] = useState<CreatedBatch | null>(null);
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(createProvincialBatchAction, ProvincialBatchInput, {
    formProps: { defaultValues: { mode: "DELTA", reason: DEFAULT_EXPORT_REASON } },
    actionProps: {
      onExecute: () => setCreated(null),
      onSuccess: ({ data }) => {
        if (data) setCreated(data);
        router.refresh();
      },
    },
  });
  const { errors } = form.formState;
  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={handleSubmitWithAction} noValidate className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 md:grid-cols-[1fr_1fr_auto] md:items-end">
        <FormError message={formError} className="md:col-span-3" data-testid="prov-export-error" />
        <FormField label="上报方式" error={errors.mode?.message} required>
          <Select options={MODE_OPTIONS} data-testid="prov-export-mode" {...form.register("mode")} />
        </FormField>
        <FormField label="导出原因（记入审计日志）" error={errors.reason?.message} required>
          <Input maxLength={200} data-testid="prov-export-reason" {...form.register("reason")} />
        </FormField>
        <Button type="submit" disabled={isSubmitting} data-testid="prov-export-create">{isSubmitting ? "正在生成…" : "生成上报文件"}</Button>
      </form>
      {created && <BatchPasswordPanel batch={created} />}
    </div>
  );
}
