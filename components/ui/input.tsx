import { cn } from "./cn";

/** Shared by input, textarea and select so every control looks and reports errors the same way. */
export const controlClass = cn(
  "block w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900",
  "placeholder:text-slate-400 disabled:cursor-not-allowed disabled:bg-slate-100 read-only:bg-slate-50",
  "aria-[invalid=true]:border-red-600",
);

export function Input({ className, type = "text", ...props }: React.ComponentProps<"input">) {
  return <input type={type} className={cn(controlClass, "min-h-10", className)} {...props} />;
}
