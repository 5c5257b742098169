"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { requestTransferAction, searchTransferTargetsAction } from "@/lib/ic/transfers/actions";
import { TransferRequestInput } from "@/lib/ic/transfers/schemas";

/**
 * IC-11: the owning unit sends the file to the village/community or town of the new hukou. The
 * city has thousands of units, so the target is searched by name or code rather than listed.
 */
export function TransferRequestForm({ profileId }: { profileId: string }) {
  const router = useRouter();
  const [q, setQ] = useState("");
  const [sent, setSent] = useState(false);
  const search = useAction(searchTransferTargetsAction);
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(requestTransferAction, TransferRequestInput, {
    formProps: { defaultValues: { profileId, toOrgUnitId: "", reason: "" } },
    actionProps: { onSuccess: () => { setSent(true); router.refresh(); } },
  });
  const options = (search.result.data?.units ?? []).map((u) => ({ value: u.id, label: `${u.label}（${u.code}）` }));
  const { errors } = form.formState;
  if (sent) return <p className="text-sm text-green-800" data-testid="transfer-requested">迁移已发起，等待迁入单位接收。</p>;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-3" data-testid="transfer-request-form">
      <FormError message={formError} />
      <div className="flex flex-wrap items-end gap-2">
        <FormField label="查找迁入单位（名称或代码）" className="min-w-56 flex-1">
          <Input value={q} onChange={(e) => setQ(e.target.value)} maxLength={30} data-testid="transfer-target-query" />
        </FormField>
        <Button type="button" variant="secondary" disabled={!q.trim() || search.isExecuting} onClick={() => search.execute({ q })} data-testid="transfer-target-search">
          查找
        </Button>
      </div>
      <FormField label="迁入单位" required error={errors.toOrgUnitId?.message} hint={search.hasSucceeded && options.length === 0 ? "没有找到匹配的镇（街道）或村（社区）" : undefined}>
        <Select placeholder="请先查找，再选择" options={options} data-testid="transfer-target" {...form.register("toOrgUnitId")} />
      </FormField>
      <FormField label="迁移原因" required error={errors.reason?.message}>
        <Input maxLength={200} data-testid="transfer-reason" {...form.register("reason")} />
      </FormField>
      <div>
        <Button type="submit" disabled={isSubmitting} data-testid="transfer-request-submit">{isSubmitting ? "正在发起…" : "发起迁移"}</Button>
      </div>
    </form>
  );
}
