"use client";

import { useEffect } from "react";
import { useWatch, type FieldValues, type UseFormReturn } from "react-hook-form";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { SubjectCategory } from "@/lib/generated/prisma/enums";
import { ALL_CATEGORIES, CATEGORY_GROUP } from "@/lib/ic/categories";
import { CATEGORY_LABELS, CHANNEL_LABELS } from "@/lib/ic/labels";

const GROUP_TITLES = { VETERAN: "退役军人", OTHER_BENEFICIARY: "其他优抚对象", SURVIVOR: "遗属", RELATIVE: "现役军人家属" } as const;

/** IMPORT is the importer's channel; a clerk at the window picks one of the other three. */
const CHANNEL_OPTIONS = (["WINDOW", "HOME_VISIT", "RETURN_HOME"] as const).map((value) => ({ value, label: CHANNEL_LABELS[value] }));

const asList = (v: unknown): SubjectCategory[] => (Array.isArray(v) ? v : typeof v === "string" && v ? [v] : []) as SubjectCategory[];

/**
 * §3.1.1: several categories, exactly one primary among them; "其他人员" needs a description.
 * Shared by /ic/new and the category editor; the form's schema enforces the same rules.
 */
export function CategoryFields({ form, withChannel, disabled }: { form: UseFormReturn<FieldValues>; withChannel?: boolean; disabled?: boolean }) {
  const { register, formState: { errors } } = form;
  const chosen = asList(useWatch({ control: form.control, name: "categories" }));
  const primary = useWatch({ control: form.control, name: "primaryCategory" }) as string | undefined;
  // Keep the primary among the chosen ones, defaulting to the first ticked.
  const chosenKey = chosen.join(",");
  useEffect(() => {
    const list = chosenKey ? chosenKey.split(",") : [];
    const next = list[0] ?? "";
    if (!list.includes(primary ?? "") && (primary ?? "") !== next) form.setValue("primaryCategory", next);
  }, [chosenKey, primary, form]);
  const msg = (name: string) => {
    const e = errors[name] as { message?: unknown } | undefined;
    return typeof e?.message === "string" ? e.message : undefined;
  };

  return (
    <div className="flex flex-col gap-5">
      <fieldset className="flex flex-col gap-2" disabled={disabled}>
        <legend className="text-sm font-medium text-slate-800">人员类别（可多选）<span aria-hidden="true" className="ml-0.5 text-red-700">*</span></legend>
        {(Object.keys(GROUP_TITLES) as (keyof typeof GROUP_TITLES)[]).map((g) => (
          <div key={g} className="flex flex-col gap-1">
            <p className="text-xs font-semibold text-slate-500">{GROUP_TITLES[g]}</p>
            <div className="grid gap-x-6 sm:grid-cols-2 lg:grid-cols-3">
              {ALL_CATEGORIES.filter((c) => CATEGORY_GROUP[c] === g).map((c) => (
                <Checkbox key={c} value={c} label={CATEGORY_LABELS[c]} data-testid={`ic-category-${c}`} {...register("categories")} />
              ))}
            </div>
          </div>
        ))}
        {msg("categories") && <p className="text-sm font-medium text-red-700">{msg("categories")}</p>}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="主类别" error={msg("primaryCategory")} hint="统计时按主类别计一次" required>
          <Select
            placeholder="请先勾选人员类别"
            options={chosen.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
            disabled={disabled}
            data-testid="ic-primary"
            {...register("primaryCategory")}
          />
        </FormField>
        {withChannel && (
          <FormField label="采集方式" error={msg("collectionChannel")} required>
            <Select placeholder="请选择" options={CHANNEL_OPTIONS} data-testid="ic-channel" {...register("collectionChannel")} />
          </FormField>
        )}
        {chosen.includes("OTHER") && (
          <FormField label="其他人员的具体类别" error={msg("otherCategoryNote")} required className="sm:col-span-2">
            <Input maxLength={200} disabled={disabled} data-testid="ic-other-note" {...register("otherCategoryNote")} />
          </FormField>
        )}
      </div>
    </div>
  );
}
