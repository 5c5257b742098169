"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { decideEligibilityAction } from "@/lib/hall/home/actions";
import { DecideEligibilityInput } from "@/lib/hall/home/schemas";

/** §7.3.2 b 条件确认: ELIGIBLE needs b) confirmed; NOT_ELIGIBLE needs the reason, and proxy service is suggested. */
export function EligibilityForm({ id, version, canConfirm, proxyHref }: { id: string; version: number; canConfirm: boolean; proxyHref: string | null }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(decideEligibilityAction, DecideEligibilityInput, {
    formProps: { defaultValues: { id, version, decision: canConfirm ? "ELIGIBLE" : "NOT_ELIGIBLE", hardshipConfirmed: false, reason: "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  const { register, formState: { errors } } = form;
  const decision = useWatch({ control: form.control, name: "decision" });
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-4" data-testid="home-eligibility-form">
      <FormError message={formError} />
      <fieldset className="flex flex-wrap gap-6">
        <legend className="mb-1 text-sm font-medium text-slate-800">条件确认</legend>
        {canConfirm && <label className="inline-flex min-h-9 items-center gap-2"><input type="radio" value="ELIGIBLE" className="size-5 accent-brand-600" data-testid="home-decision-eligible" {...register("decision")} />符合条件</label>}
        <label className="inline-flex min-h-9 items-center gap-2"><input type="radio" value="NOT_ELIGIBLE" className="size-5 accent-brand-600" data-testid="home-decision-reject" {...register("decision")} />不符合条件</label>
      </fieldset>
      {decision === "ELIGIBLE" ? (
        <div className="flex flex-col gap-1">
          <Checkbox label="已核实：本人存在重病、伤残等实际困难（§7.3.1 b），且该事项需现场认证（a）" data-testid="home-hardshipConfirmed" {...register("hardshipConfirmed")} />
          {errors.hardshipConfirmed && <p className="text-sm font-medium text-red-700">{errors.hardshipConfirmed.message}</p>}
        </div>
      ) : (
        <>
          <FormField label="不符合条件的理由" error={errors.reason?.message} hint="将告知申请人" required>
            <Textarea rows={2} maxLength={500} data-testid="home-reject-reason" {...register("reason")} />
          </FormField>
          {proxyHref && (
            <Alert tone="info">
              建议改为代办服务（§7.5）：<Link className="underline" href={proxyHref} data-testid="home-suggest-proxy">登记代办委托</Link>
            </Alert>
          )}
        </>
      )}
      <div><Button type="submit" disabled={isSubmitting} data-testid="home-eligibility-submit">{isSubmitting ? "正在保存…" : "保存条件确认"}</Button></div>
    </form>
  );
}
