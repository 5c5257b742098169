import Link from "next/link";
import { cn } from "@/components/ui/cn";

/** A row of filter links (the filter lives in the URL); `current` is the active option's href. */
export function FilterLinks({ label, options, current }: { label: string; options: { href: string; label: string }[]; current: string }) {
  return (
    <nav aria-label={label} className="mb-4 flex flex-wrap gap-2">
      {options.map((o) => (
        <Link
          key={o.href}
          href={o.href}
          aria-current={o.href === current ? "page" : undefined}
          className={cn(
            "inline-flex min-h-9 items-center rounded-md border px-3 text-sm",
            o.href === current ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100",
          )}
        >
          {o.label}
        </Link>
      ))}
    </nav>
  );
}
