import { Label as RadixLabel } from "radix-ui";
import { cn } from "./cn";

export type LabelProps = React.ComponentProps<typeof RadixLabel.Root> & { required?: boolean };

export function Label({ className, required, children, ...props }: LabelProps) {
  return (
    <RadixLabel.Root className={cn("text-sm font-medium text-slate-800", className)} {...props}>
      {children}
      {/* The asterisk is decorative; the control itself carries required/aria-required. */}
      {required && <span aria-hidden="true" className="ml-0.5 text-red-700">*</span>}
    </RadixLabel.Root>
  );
}
