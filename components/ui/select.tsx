import { cn } from "./cn";
import { controlClass } from "./input";

export type SelectOption = { value: string; label: string; disabled?: boolean };

export type SelectProps = React.ComponentProps<"select"> & {
  /** Rendered as <option>s after any children. */
  options?: readonly SelectOption[];
  /** Adds a first empty option, e.g. "请选择" or "全部". */
  placeholder?: string;
};

// A native <select>: works with react-hook-form's register, in plain GET filter forms without JS,
// and with every screen reader and the mobile pickers.
export function Select({ className, options, placeholder, children, ...props }: SelectProps) {
  return (
    <select className={cn(controlClass, "min-h-10 pr-8", className)} {...props}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {children}
      {options?.map((o) => (
        <option key={o.value} value={o.value} disabled={o.disabled}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
