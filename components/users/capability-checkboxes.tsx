import type { UseFormRegisterReturn } from "react-hook-form";
import { Checkbox } from "@/components/ui/checkbox";
import { CAPABILITY_LABELS, USER_FIELD_LABELS } from "@/lib/accounts/labels";

export type CapabilityKey = keyof typeof CAPABILITY_LABELS;

/** One fieldset of checkboxes bound to the `capabilities` array; only the options given are offered. */
export function CapabilityCheckboxes({ options, field, error }: { options: readonly CapabilityKey[]; field: UseFormRegisterReturn; error?: string }) {
  return (
    <fieldset className="flex flex-col gap-1.5" aria-describedby={error ? "capabilities-error" : undefined}>
      <legend className="text-sm font-medium text-slate-800">{USER_FIELD_LABELS.capabilities}</legend>
      <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
        {options.map((c) => (
          <Checkbox key={c} value={c} label={CAPABILITY_LABELS[c]} data-testid={`user-cap-${c}`} {...field} />
        ))}
      </div>
      {error && (
        <p id="capabilities-error" className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
