"use client";

import { useRouter } from "next/navigation";
import { useFieldArray } from "react-hook-form";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { closeBadReviewAction } from "@/lib/evaluation/bad-review-actions";
import { IMPROVEMENT_LINK_TYPE_LABELS } from "@/lib/evaluation/labels";
import { CloseBadReviewInput, IMPROVEMENT_LINK_TYPES } from "@/lib/evaluation/schemas";

const REF_HINT = { SERVICE_ITEM: "服务事项编码，如 PC-001", TRAINING: "培训名称或编号", PROCESS: "调整的流程", OTHER: "改进内容" } as const;

/** IMPROVING → CLOSED (the parent level): the improvement and ≥ 1 artefact, or why none is needed. */
export function CloseForm({ id, version }: { id: string; version: number }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(closeBadReviewAction, CloseBadReviewInput, {
    formProps: { defaultValues: { id, version, improvement: "", improvementLinks: [{ type: "SERVICE_ITEM", ref: "", note: "" }], noSystemicReason: "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  const links = useFieldArray({ control: form.control, name: "improvementLinks" });
  const e = form.formState.errors;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-4" data-testid="loop-close">
      <h3 className="font-semibold">改进提升，闭环</h3>
      <FormError message={formError} />
      <FormField label="改进提升措施" error={e.improvement?.message} required>
        <Textarea rows={3} data-testid="loop-improvement" {...form.register("improvement")} />
      </FormField>
      <fieldset className="flex flex-col gap-3">
        <legend className="text-sm font-medium text-slate-800">关联的改进（办事指南修订、培训、流程调整等）</legend>
        {links.fields.map((f, i) => {
          const type = form.watch(`improvementLinks.${i}.type`) ?? "OTHER";
          return (
            <div key={f.id} className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[10rem_1fr_1fr_auto]">
              <Select aria-label="改进类型" options={IMPROVEMENT_LINK_TYPES.map((t) => ({ value: t, label: IMPROVEMENT_LINK_TYPE_LABELS[t] }))} {...form.register(`improvementLinks.${i}.type`)} />
              <Input aria-label="关联内容" placeholder={REF_HINT[type]} data-testid={`loop-link-ref-${i}`} {...form.register(`improvementLinks.${i}.ref`)} />
              <Input aria-label="说明" placeholder="说明（选填）" {...form.register(`improvementLinks.${i}.note`)} />
              <Button type="button" variant="ghost" size="sm" onClick={() => links.remove(i)}>删除</Button>
              {e.improvementLinks?.[i]?.ref && <p className="text-sm font-medium text-red-700 sm:col-span-4">{e.improvementLinks[i]?.ref?.message}</p>}
            </div>
          );
        })}
        {e.improvementLinks?.message && <p className="text-sm font-medium text-red-700">{e.improvementLinks.message}</p>}
        {e.improvementLinks?.root?.message && <p className="text-sm font-medium text-red-700">{e.improvementLinks.root.message}</p>}
        <div><Button type="button" variant="secondary" size="sm" onClick={() => links.append({ type: "OTHER", ref: "", note: "" })}>增加一项</Button></div>
      </fieldset>
      <FormField label="无需系统性改进的理由" hint="不关联任何改进时必填" error={e.noSystemicReason?.message}>
        <Textarea rows={2} {...form.register("noSystemicReason")} />
      </FormField>
      <div><Button type="submit" disabled={isSubmitting} data-testid="loop-close-submit">闭环</Button></div>
    </form>
  );
}
