"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFieldArray } from "react-hook-form";
import { useAction } from "next-safe-action/hooks";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { stepError } from "@/components/hall/appointments/action-error";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { confirmHandoverAction, recordHandoverAction } from "@/lib/hall/assist/actions";
import { RecordHandoverInput } from "@/lib/hall/assist/schemas";
import { MATERIAL_FORM_LABELS } from "@/lib/hall/catalogue/labels";
import { HANDOVER_DIRECTION_LABELS } from "@/lib/hall/labels";
import { PrintButton } from "@/components/forms/print-button";

type Item = { name: string; originalOrCopy: "ORIGINAL" | "COPY" | "BOTH"; count: number };
type Props = {
  assistId: string;
  version: number;
  direction: "IN" | "OUT";
  recorded: { items: Item[]; fromName: string; toName: string; receiptNo: string | null } | null;
  defaults: { items: Item[]; fromName: string; toName: string };
  /** The form may still be changed (not signed yet and the state allows it). */
  editable: boolean;
};

/**
 * §7.5.3.2 / §7.5.3.3 交接手续: list what changes hands, print the 材料交接单, and confirm once
 * both parties have signed it (HALL-71). A signed hand-over is not changed.
 */
export function HandoverPanel({ assistId, version, direction, recorded, defaults, editable }: Props) {
  const router = useRouter();
  const [signed, setSigned] = useState({ from: false, to: false });
  const initial = recorded ?? defaults;
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(recordHandoverAction, RecordHandoverInput, {
    formProps: { defaultValues: { id: assistId, version, direction, items: initial.items, fromName: initial.fromName, toName: initial.toName } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "items" });
  const confirm = useAction(confirmHandoverAction, { onSuccess: () => router.refresh() });
  const { register, formState: { errors } } = form;
  const label = HANDOVER_DIRECTION_LABELS[direction];
  const tid = `handover-${direction.toLowerCase()}`;
  return (
    <div className="flex flex-col gap-4" data-testid={tid}>
      {editable && (
        <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-3">
          <FormError message={formError} />
          <div className="grid gap-3 sm:grid-cols-2">
            <FormField label="交出方" error={errors.fromName?.message} required><Input maxLength={30} {...register("fromName")} /></FormField>
            <FormField label="接收方" error={errors.toName?.message} required><Input maxLength={30} {...register("toName")} /></FormField>
          </div>
          <div className="flex flex-col gap-2">
            {fields.map((f, i) => (
              <div key={f.id} className="grid items-end gap-2 sm:grid-cols-[1fr_10rem_6rem_auto]">
                <FormField label={`材料${i + 1}`} error={errors.items?.[i]?.name?.message}><Input maxLength={80} {...register(`items.${i}.name`)} /></FormField>
                <FormField label="原件/复印件"><Select options={Object.entries(MATERIAL_FORM_LABELS).map(([value, l]) => ({ value, label: l }))} {...register(`items.${i}.originalOrCopy`)} /></FormField>
                <FormField label="份数" error={errors.items?.[i]?.count?.message}><Input type="number" min={1} max={99} {...register(`items.${i}.count`, { valueAsNumber: true })} /></FormField>
                <Button type="button" variant="ghost" onClick={() => remove(i)}>删除</Button>
              </div>
            ))}
            {errors.items?.message && <p className="text-sm font-medium text-red-700">{errors.items.message}</p>}
            <div><Button type="button" variant="secondary" size="sm" onClick={() => append({ name: "", originalOrCopy: "ORIGINAL", count: 1 })}>添加材料</Button></div>
          </div>
          <div><Button type="submit" disabled={isSubmitting} data-testid={`${tid}-save`}>{isSubmitting ? "正在保存…" : recorded ? "更新交接清单" : "登记交接清单"}</Button></div>
        </form>
      )}
      {recorded && (
        <div className="flex flex-col gap-3 rounded-md border border-slate-200 p-3">
          <p className="text-sm text-slate-700">
            {label}：{recorded.fromName} → {recorded.toName}，共 {recorded.items.length} 项。{recorded.receiptNo ? `交接单编号 ${recorded.receiptNo}。` : ""}
            {editable ? "请打印交接单，由双方当面清点并签字后确认。" : "双方已签字确认。"}
          </p>
          <div><PrintButton action={`/api/hall/print/handover-${direction.toLowerCase()}/${assistId}`} label="打印材料交接单" testId={`${tid}-print`} /></div>
          {editable && (
            <>
              <div className="flex flex-wrap gap-x-6">
                <label className="inline-flex min-h-9 items-center gap-2"><input type="checkbox" className="size-5 accent-brand-600" checked={signed.from} onChange={(e) => setSigned({ ...signed, from: e.target.checked })} data-testid={`${tid}-from-signed`} />交出方（{recorded.fromName}）已签字</label>
                <label className="inline-flex min-h-9 items-center gap-2"><input type="checkbox" className="size-5 accent-brand-600" checked={signed.to} onChange={(e) => setSigned({ ...signed, to: e.target.checked })} data-testid={`${tid}-to-signed`} />接收方（{recorded.toName}）已签字</label>
              </div>
              <div>
                <Button disabled={confirm.isExecuting} data-testid={`${tid}-confirm`}
                  onClick={() => confirm.execute({ id: assistId, version, direction, fromSigned: signed.from as true, toSigned: signed.to as true })}>
                  确认双方已签字
                </Button>
              </div>
              {stepError(confirm.result) && <p role="status" className="text-sm font-medium text-red-700">{stepError(confirm.result)}</p>}
            </>
          )}
        </div>
      )}
    </div>
  );
}
