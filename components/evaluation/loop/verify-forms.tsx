"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { confirmValidAction, decideInvalidAction, markInvalidAction } from "@/lib/evaluation/bad-review-actions";
import { ISSUE_TAG_LABELS } from "@/lib/evaluation/labels";
import { ConfirmValidInput, DecideInvalidInput, MarkInvalidInput, ISSUE_TAGS } from "@/lib/evaluation/schemas";

type Ref = { id: string; version: number };

/** VERIFYING → RECTIFYING: the finding is founded; at least one issue tag. */
export function ConfirmValidForm({ id, version }: Ref) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(confirmValidAction, ConfirmValidInput, {
    formProps: { defaultValues: { id, version, verification: "", issueTags: [] } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-4" data-testid="loop-confirm-valid">
      <h3 className="font-semibold">核实属实，转入整改</h3>
      <FormError message={formError} />
      <FormField label="核实情况" error={e.verification?.message} required>
        <Textarea rows={3} data-testid="loop-verification" {...form.register("verification")} />
      </FormField>
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-slate-800">问题类型（至少一项）<span className="ml-0.5 text-red-700" aria-hidden>*</span></legend>
        <div className="flex flex-wrap gap-x-4">
          {ISSUE_TAGS.map((t) => <Checkbox key={t} value={t} label={ISSUE_TAG_LABELS[t]} data-testid={`loop-tag-${t}`} {...form.register("issueTags")} />)}
        </div>
        {e.issueTags && <p className="text-sm font-medium text-red-700">{e.issueTags.message ?? "请至少选择一个问题类型"}</p>}
      </fieldset>
      <div><Button type="submit" disabled={isSubmitting} data-testid="loop-confirm-valid-submit">核实属实，转入整改</Button></div>
    </form>
  );
}

/** VERIFYING → INVALID_PENDING: unfounded, with evidence; the parent level confirms. */
export function MarkInvalidForm({ id, version }: Ref) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(markInvalidAction, MarkInvalidInput, {
    formProps: { defaultValues: { id, version, verification: "", evidence: "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-4" data-testid="loop-mark-invalid">
      <h3 className="font-semibold">核实不属实（报上级确认）</h3>
      <FormError message={formError} />
      <FormField label="核实情况" error={e.verification?.message} required>
        <Textarea rows={3} {...form.register("verification")} />
      </FormField>
      <FormField label="不属实的证据" hint="如监控录像、考勤记录、办件材料等" error={e.evidence?.message} required>
        <Textarea rows={2} {...form.register("evidence")} />
      </FormField>
      <div><Button type="submit" variant="secondary" disabled={isSubmitting}>报上级确认不属实</Button></div>
    </form>
  );
}

/** INVALID_PENDING → INVALID, or back to VERIFYING with a reason (the parent level). */
export function DecideInvalidForm({ id, version }: Ref) {
  const router = useRouter();
  const { form, action, formError, isSubmitting } = useActionForm(decideInvalidAction, DecideInvalidInput, {
    formProps: { defaultValues: { id, version, confirm: true, reason: "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  const submit = (confirm: boolean) => {
    form.setValue("confirm", confirm);
    return form.handleSubmit((v) => action.execute(v))();
  };
  const e = form.formState.errors;
  return (
    <form onSubmit={(ev) => ev.preventDefault()} noValidate className="flex flex-col gap-4" data-testid="loop-decide-invalid">
      <h3 className="font-semibold">确认核实结论</h3>
      <FormError message={formError} />
      <FormField label="意见" hint="退回重新核实时必填" error={e.reason?.message}>
        <Textarea rows={2} {...form.register("reason")} />
      </FormField>
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={isSubmitting} onClick={() => submit(true)} data-testid="loop-confirm-invalid">确认不属实</Button>
        <Button type="button" variant="secondary" disabled={isSubmitting} onClick={() => submit(false)}>退回重新核实</Button>
      </div>
    </form>
  );
}
