"use client";

import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { verifyProfileAction } from "@/lib/ic/verification-actions";
import { ProfileVerifyInput } from "@/lib/ic/verification-schemas";

/** IC-20: record this year's verification with the person (R-IC-1). */
export function VerifyProfileForm({ profileId, version, lastVerifiedAt }: { profileId: string; version: number; lastVerifiedAt: string | null }) {
  const [done, setDone] = useState(false);
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(verifyProfileAction, ProfileVerifyInput, {
    formProps: { defaultValues: { profileId, version, note: "" } },
    actionProps: { onSuccess: () => setDone(true) },
  });
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-3" data-testid="ic-verify-form">
      <p className="text-sm text-slate-700">最近核实：{lastVerifiedAt ?? "尚未核实"}（每12个月至少核实一次）</p>
      {done && <Alert tone="success" data-testid="ic-verified">已记录本次核实。</Alert>}
      <FormError message={formError} />
      <FormField label="核实说明" error={form.formState.errors.note?.message}>
        <Input maxLength={200} placeholder="如：电话核实，信息无变化" data-testid="ic-verify-note" {...form.register("note")} />
      </FormField>
      <div>
        <Button type="submit" variant="secondary" disabled={isSubmitting || done} data-testid="ic-verify-submit">
          {isSubmitting ? "正在保存…" : "确认信息无误"}
        </Button>
      </div>
    </form>
  );
}
