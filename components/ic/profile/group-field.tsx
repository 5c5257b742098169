"use client";

import type { UseFormRegister, FieldValues } from "react-hook-form";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/components/ui/cn";
import { todayInShanghai } from "@/lib/core/calendar-math";
import type { FieldDef } from "@/lib/ic/groups/fields";

export type GroupFieldProps = {
  def: FieldDef;
  /** Form path, e.g. "data.items.0.enlistmentDate". */
  path: string;
  register: UseFormRegister<FieldValues>;
  error?: string;
  /** IC-05: what the completeness check still wants here (shown as a hint, not an error). */
  pending?: string;
  extraHint?: React.ReactNode;
  disabled?: boolean;
};

/** One field of a content group, rendered from its descriptor (lib/ic/groups/*). */
export function GroupField({ def, path, register, error, pending, extraHint, disabled }: GroupFieldProps) {
  const testId = `ic-f-${path.replace(/^data\./, "")}`;
  const hint = (
    <>
      {def.hint}
      {extraHint && <span className="block">{extraHint}</span>}
      {pending && !error && <span className="block font-medium text-amber-800">待补充：{pending}</span>}
    </>
  );
  const hasHint = Boolean(def.hint || extraHint || (pending && !error));
  const wide = def.wide ? "sm:col-span-2" : undefined;

  if (def.kind === "multi") {
    return (
      <fieldset className={cn("flex min-w-0 flex-col gap-1.5", wide)} disabled={disabled}>
        <legend className="text-sm font-medium text-slate-800">{def.label}</legend>
        <div className="flex flex-wrap gap-x-6" data-testid={testId}>
          {def.options?.map((o) => (
            <Checkbox key={o.value} value={o.value} label={o.label} data-testid={`${testId}-${o.value}`} {...register(path)} />
          ))}
        </div>
        {hasHint && <p className="text-sm text-slate-600">{hint}</p>}
        {error && <p className="text-sm font-medium text-red-700">{error}</p>}
      </fieldset>
    );
  }

  const common = { "data-testid": testId, disabled, ...register(path) };
  let control: React.ReactElement<{ id?: string }>;
  switch (def.kind) {
    case "textarea":
      control = <Textarea rows={3} maxLength={def.maxLength ?? 2000} {...common} />;
      break;
    case "date":
      // V-DATE-PAST: the picker stops at today; the schema enforces it anyway.
      control = <Input type="date" min="1900-01-01" max={todayInShanghai()} {...common} />;
      break;
    case "year":
      control = <Input inputMode="numeric" maxLength={4} placeholder="如 2006" autoComplete="off" {...common} />;
      break;
    case "select":
    case "bool":
      control = <Select placeholder="请选择" options={def.options} {...common} />;
      break;
    default:
      control = <Input maxLength={def.maxLength} autoComplete="off" {...common} />;
  }
  return (
    <FormField label={def.label} error={error} hint={hasHint ? hint : undefined} className={wide}>
      {control}
    </FormField>
  );
}
