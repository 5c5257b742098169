"use client";

import { useController, type Control, type FieldValues, type Path } from "react-hook-form";

/** A required yes/no as two radios, controlled so the schema always receives a boolean. */
export function YesNoRadios<T extends FieldValues>({
  legend, name, control, error, testId, yes = "是", no = "否",
}: { legend: string; name: Path<T>; control: Control<T>; error?: string; testId: string; yes?: string; no?: string }) {
  const { field } = useController({ name, control });
  return (
    <fieldset className="flex flex-col gap-1.5" aria-describedby={error ? `${testId}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}<span aria-hidden="true" className="ml-0.5 text-red-700">*</span></legend>
      <div className="flex gap-6">
        {[true, false].map((v) => (
          <label key={String(v)} className="inline-flex min-h-9 items-center gap-2">
            <input
              type="radio" name={field.name} className="size-5 accent-brand-600" checked={field.value === v} onChange={() => field.onChange(v)} onBlur={field.onBlur}
              data-testid={`${testId}-${v ? "yes" : "no"}`}
            />
            {v ? yes : no}
          </label>
        ))}
      </div>
      {error && <p id={`${testId}-error`} className="text-sm font-medium text-red-700">{error}</p>}
    </fieldset>
  );
}
