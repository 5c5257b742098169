"use client";

import { useRouter } from "next/navigation";
import type { UseFormReturn } from "react-hook-form";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { handleSupervisionAction, reviewSupervisionAction } from "@/lib/hall/follow-up/actions";
import { SupervisionHandleInput, SupervisionReviewInput } from "@/lib/hall/follow-up/schemas";

type HandleStep = { action: "start" | "resolve"; label: string };
type ReviewStep = { action: "verify" | "reopen"; label: string };
type Step = HandleStep | ReviewStep;
type Values = { id: string; version: number; action: string; actions?: string; reason?: string };

function Fields({ form, step, formError, isSubmitting }: { form: UseFormReturn<Values>; step: Step; formError?: string; isSubmitting: boolean }) {
  const e = form.formState.errors;
  return (
    <>
      <FormError message={formError} />
      {step.action === "resolve" && (
        <FormField label="整改落实情况" hint="采取的措施和结果，供核验" error={e.actions?.message} required>
          <Textarea rows={3} data-testid="supervision-actions" {...form.register("actions")} />
        </FormField>
      )}
      {step.action === "reopen" && (
        <FormField label="退回理由" error={e.reason?.message} required>
          <Textarea rows={2} data-testid="supervision-reason" {...form.register("reason")} />
        </FormField>
      )}
      <div>
        <Button type="submit" variant={step.action === "reopen" ? "secondary" : "primary"} disabled={isSubmitting} data-testid={`supervision-${step.action}`}>
          {isSubmitting ? "正在办理…" : step.label}
        </Button>
      </div>
    </>
  );
}

/** 开始整改 / 整改完成: the supervised unit's steps. */
function HandleStepForm({ id, version, step }: { id: string; version: number; step: HandleStep }) {
  const router = useRouter();
  const f = useActionForm(handleSupervisionAction, SupervisionHandleInput, {
    formProps: { defaultValues: { id, version, action: step.action, actions: "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  return (
    <form onSubmit={f.handleSubmitWithAction} noValidate className="flex flex-col gap-3" data-testid={`supervision-form-${step.action}`}>
      <Fields form={f.form as unknown as UseFormReturn<Values>} step={step} formError={f.formError} isSubmitting={f.isSubmitting} />
    </form>
  );
}

/** 核验通过 / 退回整改: a reviewer who did not resolve the task (the server enforces ORG-30). */
function ReviewStepForm({ id, version, step }: { id: string; version: number; step: ReviewStep }) {
  const router = useRouter();
  const f = useActionForm(reviewSupervisionAction, SupervisionReviewInput, {
    formProps: { defaultValues: { id, version, action: step.action, reason: "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  return (
    <form onSubmit={f.handleSubmitWithAction} noValidate className="flex flex-col gap-3" data-testid={`supervision-form-${step.action}`}>
      <Fields form={f.form as unknown as UseFormReturn<Values>} step={step} formError={f.formError} isSubmitting={f.isSubmitting} />
    </form>
  );
}

/**
 * One form per step the engine offers this user (the server checks everything again). Keyed by
 * the version, so after a step every form starts afresh with the task's new version.
 */
export function SupervisionSteps({ id, version, steps }: { id: string; version: number; steps: { action: string; label: string }[] }) {
  if (steps.length === 0) return null;
  return (
    <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2" data-testid="supervision-steps">
      {steps.map((s) =>
        s.action === "verify" || s.action === "reopen"
          ? <ReviewStepForm key={`${s.action}-${version}`} id={id} version={version} step={s as ReviewStep} />
          : <HandleStepForm key={`${s.action}-${version}`} id={id} version={version} step={s as HandleStep} />,
      )}
    </div>
  );
}
