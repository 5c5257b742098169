import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { reportHref } from "./report-links";

const BASES = [
  { value: "active", label: "有效档案" },
  { value: "all", label: "全部档案（不含注销）" },
] as const;

export function CensusBasis({ unit, basis }: { unit?: string; basis: string }) {
  return (
    <div className="mb-4 flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-600">统计口径：</span>
      {BASES.map((b) => (
        <Link
          key={b.value}
          href={reportHref("census", { unit, basis: b.value === "active" ? undefined : b.value })}
          aria-current={basis === b.value ? "true" : undefined}
          className={cn("rounded-md px-2.5 py-1", basis === b.value ? "bg-brand-50 font-medium text-brand-800" : "text-brand-700 hover:underline")}
          data-testid={`census-basis-${b.value}`}
        >
          {b.label}
        </Link>
      ))}
    </div>
  );
}
