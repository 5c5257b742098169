"use client";

import { useState } from "react";
import { CircleCheck } from "lucide-react";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/components/ui/cn";
import { submitPublicEvaluationAction } from "@/lib/evaluation/public-actions";
import { DEFAULT_INDICATORS, INDICATOR_SUBJECT_LABELS, SATISFACTION_LABELS, SATISFACTION_ORDER } from "@/lib/evaluation/labels";
import { PublicEvaluationInput } from "@/lib/evaluation/schemas";

const SCORES = ["5", "4", "3", "2", "1"] as const;
const SUBJECTS = ["UNIT", "PLATFORM", "STAFF"] as const;

/** A radio that looks like a large button: the whole label is the touch target (≥ 48 px). */
const chipBase = cn(
  "flex cursor-pointer items-center justify-center rounded-lg border-2 border-slate-300 bg-white px-3 font-medium text-slate-800",
  "peer-checked:border-brand-600 peer-checked:bg-brand-600 peer-checked:text-white peer-focus-visible:ring-2 peer-focus-visible:ring-brand-300",
);

/**
 * EVA-01: the client's one-page rating (no login). Overall satisfaction is required; the ten
 * indicators of §9.1.2, the comment and the contact are optional (AMB-51: anonymous is allowed).
 */
export function PublicEvaluationForm({ token }: { token: string }) {
  const [done, setDone] = useState(false);
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(submitPublicEvaluationAction, PublicEvaluationInput, {
    formProps: { defaultValues: { token, comment: "", contactName: "", contactPhone: "" } },
    actionProps: { onSuccess: () => setDone(true) },
  });
  const errors = form.formState.errors;
  const comment = form.watch("comment") ?? "";

  if (done) {
    return (
      <div className="flex flex-col items-center gap-3 rounded-xl border border-green-200 bg-green-50 p-6 text-center" data-testid="public-thanks">
        <CircleCheck className="size-12 text-green-700" aria-hidden />
        <p className="text-xl font-semibold text-green-900">评价已提交，感谢您的参与！</p>
        <p className="text-base text-green-900">您的意见将帮助我们改进服务。如留有联系方式，工作人员可能会回访了解情况。</p>
      </div>
    );
  }

  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-6" data-testid="public-evaluation-form">
      <FormError message={formError} data-testid="public-error" />
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-lg font-semibold text-slate-900">
          总体评价<span className="ml-1 text-red-700" aria-hidden>*</span>
        </legend>
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-5">
          {SATISFACTION_ORDER.map((s) => (
            <label key={s} className="block">
              <input type="radio" value={s} className="peer sr-only" {...form.register("overall")} data-testid={`public-overall-${s}`} />
              <span className={cn(chipBase, "min-h-14 text-lg")}>{SATISFACTION_LABELS[s]}</span>
            </label>
          ))}
        </div>
        {errors.overall && <p className="text-base font-medium text-red-700">{errors.overall.message}</p>}
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-1 text-lg font-semibold text-slate-900">分项评价（选填，5分为最好）</legend>
        {SUBJECTS.map((subject) => (
          <div key={subject} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-3">
            <p className="text-sm font-semibold text-slate-600">{INDICATOR_SUBJECT_LABELS[subject]}</p>
            {DEFAULT_INDICATORS.filter((i) => i.subject === subject).map((i) => (
              <div key={i.code} role="radiogroup" aria-label={i.label} className="flex flex-col gap-1.5">
                <span className="text-base text-slate-900">{i.label}</span>
                <div className="grid grid-cols-5 gap-1.5">
                  {SCORES.map((n) => (
                    <label key={n} className="block">
                      <input type="radio" value={n} className="peer sr-only" {...form.register(`indicatorScores.${i.code}`)} aria-label={`${i.label}${n}分`} />
                      <span className={cn(chipBase, "min-h-12 text-base")}>{n}</span>
                    </label>
                  ))}
                </div>
              </div>
            ))}
          </div>
        ))}
        {errors.indicatorScores && <p className="text-base font-medium text-red-700">评分应为1–5分</p>}
      </fieldset>

      <FormField label="意见建议（选填）" error={errors.comment?.message} hint={`${comment.length}/500`}>
        <Textarea rows={4} maxLength={500} data-testid="public-comment" {...form.register("comment")} />
      </FormField>

      <fieldset className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-3">
        <legend className="px-1 text-base font-semibold text-slate-900">联系方式（选填）</legend>
        <p className="text-sm text-slate-600">可匿名评价。留下姓名和电话即为实名评价，便于我们就您反映的问题回访；被评价的工作人员看不到您的信息。</p>
        <FormField label="姓名" error={errors.contactName?.message}>
          <Input autoComplete="name" className="h-12" data-testid="public-name" {...form.register("contactName")} />
        </FormField>
        <FormField label="联系电话" error={errors.contactPhone?.message}>
          <Input type="tel" inputMode="tel" autoComplete="tel" className="h-12" data-testid="public-phone" {...form.register("contactPhone")} />
        </FormField>
      </fieldset>

      <Button type="submit" size="lg" className="h-14 w-full" disabled={isSubmitting} data-testid="public-submit">
        {isSubmitting ? "正在提交…" : "提交评价"}
      </Button>
    </form>
  );
}
