import { CircleAlert, CircleCheck, Info, TriangleAlert } from "lucide-react";
import { cn } from "./cn";

export type AlertTone = "info" | "success" | "warning" | "error";

const TONES: Record<AlertTone, { box: string; Icon: typeof Info }> = {
  info: { box: "border-brand-100 bg-brand-50 text-brand-800", Icon: Info },
  success: { box: "border-green-200 bg-green-50 text-green-800", Icon: CircleCheck },
  warning: { box: "border-amber-200 bg-amber-50 text-amber-900", Icon: TriangleAlert },
  error: { box: "border-red-200 bg-red-50 text-red-800", Icon: CircleAlert },
};

export type AlertProps = Omit<React.ComponentProps<"div">, "title"> & { tone?: AlertTone; title?: React.ReactNode };

// role="status" (polite), never role="alert": Next's route announcer already owns role=alert and
// tests locate alerts by text or data-testid (STACK.md).
export function Alert({ tone = "info", title, className, children, ...props }: AlertProps) {
  const { box, Icon } = TONES[tone];
  return (
    <div role="status" className={cn("flex gap-3 rounded-md border px-4 py-3 text-sm", box, className)} {...props}>
      <Icon className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
      <div className="min-w-0">
        {title && <p className="font-semibold">{title}</p>}
        {children && <div className={cn(title ? "mt-1" : undefined)}>{children}</div>}
      </div>
    </div>
  );
}
