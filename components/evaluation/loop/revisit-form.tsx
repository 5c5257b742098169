"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { revisitAction, revisitAttemptAction } from "@/lib/evaluation/bad-review-actions";
import { SATISFACTION_LABELS, SATISFACTION_ORDER } from "@/lib/evaluation/labels";
import { RevisitAttemptInput, RevisitInput } from "@/lib/evaluation/schemas";

const MIN_ATTEMPTS = 3;

/**
 * REVISITING: 基本满意 or better → 改进提升; 不满意 → back to 整改 (a loop); unreachable → each
 * failed attempt is recorded on its own ("记录一次未联系上", counted by the server); once 3 are on
 * record the revisit may be closed without a satisfaction. The reviewer records it; never the rectifier.
 */
export function RevisitForm({ id, version, attempts }: { id: string; version: number; attempts: number }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(revisitAction, RevisitInput, {
    formProps: { defaultValues: { id, version, revisitSatisfaction: "", revisitNote: "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  const e = form.formState.errors;
  const unreachableOk = attempts >= MIN_ATTEMPTS;
  return (
    <div className="flex flex-col gap-6">
      <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-4" data-testid="loop-revisit">
        <h3 className="font-semibold">问题回访</h3>
        <p className="text-sm text-slate-600" data-testid="loop-revisit-attempts">
          已记录未联系上 {attempts} 次{unreachableOk ? "：可不选满意度，直接转入改进提升" : `（满${MIN_ATTEMPTS}次后，联系不上的可转入改进提升）`}
        </p>
        <FormError message={formError} />
        <FormField label="回访满意度" hint={unreachableOk ? "联系不上服务对象时不选" : "联系上服务对象后选择"} error={e.revisitSatisfaction?.message}>
          <Select
            placeholder={unreachableOk ? `未能联系上（已记录${attempts}次）` : "请选择"}
            options={SATISFACTION_ORDER.map((s) => ({ value: s, label: SATISFACTION_LABELS[s] }))}
            data-testid="loop-revisit-satisfaction"
            {...form.register("revisitSatisfaction")}
          />
        </FormField>
        <FormField label="回访情况" hint="回访的时间、方式和服务对象的意见（选填，记入回访记录）" error={e.revisitNote?.message}>
          <Textarea rows={3} {...form.register("revisitNote")} />
        </FormField>
        <div><Button type="submit" disabled={isSubmitting} data-testid="loop-revisit-submit">记录回访</Button></div>
      </form>
      <RevisitAttemptForm id={id} version={version} />
    </div>
  );
}

/** One failed attempt: no state change; the server adds it to the count with a timestamped note. */
function RevisitAttemptForm({ id, version }: { id: string; version: number }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(revisitAttemptAction, RevisitAttemptInput, {
    formProps: { defaultValues: { id, version, note: "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-3 rounded-md border border-slate-200 p-3" data-testid="loop-revisit-attempt">
      <FormError message={formError} />
      <FormField label="本次未联系上的情况" hint="如：电话拨打两次无人接听" error={form.formState.errors.note?.message} required>
        <Input autoComplete="off" maxLength={200} data-testid="loop-revisit-attempt-note" {...form.register("note")} />
      </FormField>
      <div>
        <Button type="submit" variant="secondary" disabled={isSubmitting} data-testid="loop-revisit-attempt-submit">记录一次未联系上</Button>
      </div>
    </form>
  );
}
