"use client";

import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { ITEM_LEVEL_LABELS, MATERIAL_FORM_LABELS, SERVICE_ITEM_FIELD_LABELS as L, SERVICE_MODULE_LABELS } from "@/lib/hall/catalogue/labels";
import type { ServiceItemCreateInput } from "@/lib/hall/catalogue/schemas";

export type ItemFormValues = Omit<ServiceItemCreateInput, "code">;

const MODULE_OPTIONS = Object.entries(SERVICE_MODULE_LABELS).map(([value, label]) => ({ value, label: `${label}（${value}）` }));
const FORM_OPTIONS = Object.entries(MATERIAL_FORM_LABELS).map(([value, label]) => ({ value, label }));
const optionalNumber = (v: unknown) => (v === "" || v === null || v === undefined ? undefined : Number(v));

function messageOf(e: unknown): string | undefined {
  if (!e || typeof e !== "object") return undefined;
  const o = e as { message?: unknown; root?: { message?: unknown } };
  return typeof o.message === "string" ? o.message : typeof o.root?.message === "string" ? o.root.message : undefined;
}

/** Every field of a catalogue item except its code; shared by the create and the edit form. */
export function ItemFields({ form }: { form: UseFormReturn<ItemFormValues> }) {
  const { register, control, formState: { errors } } = form;
  const steps = useFieldArray({ control, name: "procedure" });
  const materials = useFieldArray({ control, name: "materials" });
  return (
    <>
      <FormField label={L.name} error={errors.name?.message} required>
        <Input data-testid="item-name" {...register("name")} />
      </FormField>
      <FormField label={L.module} error={errors.module?.message} required>
        <Select placeholder="请选择" options={MODULE_OPTIONS} data-testid="item-module" {...register("module")} />
      </FormField>
      <fieldset className="flex flex-col gap-1.5">
        <legend className="mb-1 font-medium text-slate-800">{L.levels}<span className="text-red-700"> *</span></legend>
        <div className="flex flex-wrap gap-x-5">
          {Object.entries(ITEM_LEVEL_LABELS).map(([value, label]) => (
            <Checkbox key={value} value={value} label={label} {...register("levels")} />
          ))}
        </div>
        {messageOf(errors.levels) && <p className="text-sm font-medium text-red-700">{messageOf(errors.levels)}</p>}
      </fieldset>
      <FormField label={L.legalBasis} hint="列明法律法规和政策文件名称，如《中华人民共和国退役军人保障法》" error={errors.legalBasis?.message} required>
        <Textarea rows={3} data-testid="item-basis" {...register("legalBasis")} />
      </FormField>
      <FormField label={L.conditions} error={errors.conditions?.message} required>
        <Textarea rows={3} data-testid="item-conditions" {...register("conditions")} />
      </FormField>
      <FormField label={L.requirements} error={errors.requirements?.message} required>
        <Textarea rows={3} data-testid="item-requirements" {...register("requirements")} />
      </FormField>

      <fieldset className="flex flex-col gap-3 rounded-lg border border-slate-200 p-4">
        <legend className="px-1 font-medium text-slate-800">{L.materials}<span className="text-red-700"> *</span></legend>
        {materials.fields.map((f, i) => (
          <div key={f.id} className="grid gap-3 border-b border-slate-100 pb-3 sm:grid-cols-2">
            <FormField label={`材料${i + 1}名称`} error={errors.materials?.[i]?.name?.message} required>
              <Input {...register(`materials.${i}.name`)} />
            </FormField>
            <FormField label="原件/复印件" error={errors.materials?.[i]?.originalOrCopy?.message} required>
              <Select options={FORM_OPTIONS} {...register(`materials.${i}.originalOrCopy`)} />
            </FormField>
            <FormField label="份数" error={errors.materials?.[i]?.count?.message} required>
              <Input type="number" min={1} inputMode="numeric" {...register(`materials.${i}.count`, { valueAsNumber: true })} />
            </FormField>
            <FormField label="获取方式" error={errors.materials?.[i]?.howToObtain?.message}>
              <Input {...register(`materials.${i}.howToObtain`)} />
            </FormField>
            <FormField label="备注" error={errors.materials?.[i]?.note?.message}>
              <Input {...register(`materials.${i}.note`)} />
            </FormField>
            <div className="flex items-end justify-between gap-3">
              <Checkbox label="必须提供" {...register(`materials.${i}.mandatory`)} />
              <Button type="button" variant="ghost" size="sm" onClick={() => materials.remove(i)}>
                <Trash2 className="size-4" aria-hidden="true" />删除
              </Button>
            </div>
          </div>
        ))}
        {messageOf(errors.materials) && <p className="text-sm font-medium text-red-700" data-testid="materials-error">{messageOf(errors.materials)}</p>}
        <Button type="button" variant="secondary" size="sm" className="self-start" data-testid="add-material"
          onClick={() => materials.append({ name: "", originalOrCopy: "BOTH", count: 1, mandatory: true, note: "", howToObtain: "" })}>
          <Plus className="size-4" aria-hidden="true" />添加材料
        </Button>
      </fieldset>

      <fieldset className="flex flex-col gap-3 rounded-lg border border-slate-200 p-4">
        <legend className="px-1 font-medium text-slate-800">{L.procedure}<span className="text-red-700"> *</span></legend>
        {steps.fields.map((f, i) => (
          <div key={f.id} className="grid gap-3 border-b border-slate-100 pb-3 sm:grid-cols-[12rem_1fr_auto]">
            <FormField label={`第${i + 1}步`} error={errors.procedure?.[i]?.title?.message} required>
              <Input {...register(`procedure.${i}.title`)} />
            </FormField>
            <FormField label="说明" error={errors.procedure?.[i]?.description?.message}>
              <Input {...register(`procedure.${i}.description`)} />
            </FormField>
            <Button type="button" variant="ghost" size="sm" className="self-end" onClick={() => steps.remove(i)}>
              <Trash2 className="size-4" aria-hidden="true" />删除
            </Button>
          </div>
        ))}
        {messageOf(errors.procedure) && <p className="text-sm font-medium text-red-700" data-testid="procedure-error">{messageOf(errors.procedure)}</p>}
        <Button type="button" variant="secondary" size="sm" className="self-start" data-testid="add-step"
          onClick={() => steps.append({ title: "", description: "" })}>
          <Plus className="size-4" aria-hidden="true" />添加步骤
        </Button>
      </fieldset>

      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label={L.promisedWorkingDays} hint="填 0 表示即办" error={errors.promisedWorkingDays?.message} required>
          <Input type="number" min={0} inputMode="numeric" data-testid="item-promised" {...register("promisedWorkingDays", { valueAsNumber: true })} />
        </FormField>
        <FormField label={L.statutoryWorkingDays} hint="法律法规未规定的留空" error={errors.statutoryWorkingDays?.message}>
          <Input type="number" min={0} inputMode="numeric" data-testid="item-statutory" {...register("statutoryWorkingDays", { setValueAs: optionalNumber })} />
        </FormField>
      </div>
      <FormField label={L.complaintChannel} hint="写明投诉电话和地址" error={errors.complaintChannel?.message} required>
        <Textarea rows={2} data-testid="item-complaint" {...register("complaintChannel")} />
      </FormField>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label={L.consultPhone} error={errors.consultPhone?.message} required>
          <Input type="tel" data-testid="item-phone" {...register("consultPhone")} />
        </FormField>
        <FormField label={L.fee} error={errors.fee?.message} required>
          <Input {...register("fee")} />
        </FormField>
      </div>
      <div className="flex flex-wrap gap-x-6">
        <Checkbox label={L.proxyEligible} {...register("proxyEligible")} />
        <Checkbox label={L.homeServiceEligible} {...register("homeServiceEligible")} />
        <Checkbox label={L.requiresOnSiteAuthentication} {...register("requiresOnSiteAuthentication")} />
      </div>
    </>
  );
}
