"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { ActionMessage } from "@/components/forms/action-message";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { generateWeekRosterAction, publishWeekAction } from "@/lib/hall/duty/actions";
import { RosterGenerateInput } from "@/lib/hall/duty/schemas";

/** 生成 (round-robin, HALL-11) and 发布 (HALL-12) one week's roster. */
export function RosterControls({ orgUnitId, weekStart, canGenerate, canPublish }: { orgUnitId: string; weekStart: string; canGenerate: boolean; canPublish: boolean }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(generateWeekRosterAction, RosterGenerateInput, {
    formProps: { defaultValues: { orgUnitId, weekStart, staffPerDay: 1 } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  const publish = useAction(publishWeekAction, { onSuccess: () => router.refresh() });
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-3">
        {canGenerate && (
          <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-wrap items-end gap-2" data-testid="roster-generate-form">
            <FormField label="每日值班人数" error={form.formState.errors.staffPerDay?.message}>
              <Input type="number" min={1} max={5} className="w-28" {...form.register("staffPerDay", { valueAsNumber: true })} />
            </FormField>
            <Button type="submit" variant="secondary" disabled={isSubmitting} data-testid="roster-generate">{isSubmitting ? "正在生成…" : "按轮值生成本周值班表"}</Button>
          </form>
        )}
        {canPublish && (
          <Button disabled={publish.isExecuting} onClick={() => publish.execute({ orgUnitId, weekStart })} data-testid="roster-publish">发布本周值班表</Button>
        )}
      </div>
      <FormError message={formError} data-testid="roster-generate-error" />
      <ActionMessage error={publish.result.serverError} testId="roster-publish-error" />
    </div>
  );
}
