import { cn } from "./cn";

export type CheckboxProps = Omit<React.ComponentProps<"input">, "type"> & {
  /** When given, the box and its text are one <label>, so clicking the text toggles it. */
  label?: React.ReactNode;
};

// Native checkbox rather than radix: react-hook-form's register and plain form posts just work.
export function Checkbox({ label, className, ...props }: CheckboxProps) {
  const box = <input type="checkbox" className={cn("size-5 shrink-0 accent-brand-600", className)} {...props} />;
  if (label === undefined) return box;
  return (
    <label className="inline-flex min-h-9 cursor-pointer items-center gap-2 text-base">
      {box}
      <span>{label}</span>
    </label>
  );
}
