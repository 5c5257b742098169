import { cn } from "./cn";
import { controlClass } from "./input";

export function Textarea({ className, rows = 4, ...props }: React.ComponentProps<"textarea">) {
  return <textarea rows={rows} className={cn(controlClass, "resize-y", className)} {...props} />;
}
