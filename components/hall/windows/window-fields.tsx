"use client";

import { useMemo, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SERVICE_MODULE_LABELS } from "@/lib/hall/catalogue/labels";
import type { WindowUpdateInput } from "@/lib/hall/windows/schemas";

export type WindowFormValues = Omit<WindowUpdateInput, "id" | "version">;
export type ItemOption = { code: string; name: string; module: keyof typeof SERVICE_MODULE_LABELS };

/** Number, name, flags and the received items (published catalogue items of the unit's level). */
export function WindowFields({ form, items }: { form: UseFormReturn<WindowFormValues>; items: ItemOption[] }) {
  const { register, formState: { errors } } = form;
  const [filter, setFilter] = useState("");
  const codes = form.watch("serviceItemCodes") ?? [];
  const chosen = new Set(codes);
  const groups = useMemo(() => {
    const q = filter.trim();
    const shown = q ? items.filter((i) => i.name.includes(q) || i.code.includes(q.toUpperCase())) : items;
    return (Object.keys(SERVICE_MODULE_LABELS) as ItemOption["module"][])
      .map((m) => ({ module: m, items: shown.filter((i) => i.module === m) }))
      .filter((g) => g.items.length > 0);
  }, [items, filter]);
  const toggle = (code: string, on: boolean) => {
    const next = on ? [...codes.filter((c) => c !== code), code] : codes.filter((c) => c !== code);
    form.setValue("serviceItemCodes", next, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  };
  const itemsError = errors.serviceItemCodes?.message ?? errors.serviceItemCodes?.root?.message;
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
        <FormField label="窗口编号" hint="本单位内唯一，如 1、2、A3" error={errors.windowNo?.message} required>
          <Input maxLength={10} autoComplete="off" data-testid="window-no" {...register("windowNo")} />
        </FormField>
        <FormField label="窗口名称" error={errors.name?.message} required>
          <Input maxLength={40} data-testid="window-name" {...register("name")} />
        </FormField>
      </div>
      <div className="flex flex-wrap gap-x-6">
        <Checkbox label="帮办代办窗口" data-testid="window-proxy" {...register("isProxyWindow")} />
        <Checkbox label="综合服务窗口" data-testid="window-integrated" {...register("isIntegrated")} />
      </div>
      <fieldset className="flex flex-col gap-2 rounded-lg border border-slate-200 p-4" data-testid="window-items">
        <legend className="px-1 font-medium text-slate-800">受理事项<span className="text-red-700"> *</span>（已选 {codes.length} 项）</legend>
        <Input placeholder="按名称或编码筛选" value={filter} onChange={(e) => setFilter(e.target.value)} aria-label="筛选事项" />
        {groups.length === 0 && <p className="text-sm text-slate-600">没有可选的已公开事项。</p>}
        <div className="flex max-h-80 flex-col gap-3 overflow-y-auto">
          {groups.map((g) => (
            <div key={g.module}>
              <p className="text-sm font-semibold text-slate-700">{SERVICE_MODULE_LABELS[g.module]}</p>
              <div className="grid gap-x-4 sm:grid-cols-2">
                {g.items.map((i) => (
                  <Checkbox key={i.code} label={`${i.name}（${i.code}）`} checked={chosen.has(i.code)} onChange={(e) => toggle(i.code, e.target.checked)} data-testid={`window-item-${i.code}`} />
                ))}
              </div>
            </div>
          ))}
        </div>
        {itemsError && <p className="text-sm font-medium text-red-700">{itemsError}</p>}
      </fieldset>
    </>
  );
}
