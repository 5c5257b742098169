import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { REPORTS, type ReportKey } from "@/lib/ic/reports/types";
import { reportHref } from "./report-links";

/** Switching report keeps the unit the user drilled into. */
export function ReportTabs({ current, unit }: { current?: ReportKey; unit?: string }) {
  return (
    <nav aria-label="报表" className="mb-4 flex flex-wrap gap-2">
      {(Object.keys(REPORTS) as ReportKey[]).map((key) => (
        <Link
          key={key}
          href={reportHref(key, { unit })}
          aria-current={key === current ? "page" : undefined}
          className={cn(
            "rounded-md border px-3 py-1.5 text-sm",
            key === current ? "border-brand-600 bg-brand-50 font-medium text-brand-800" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-100",
          )}
          data-testid={`report-tab-${key}`}
        >
          {REPORTS[key]}
        </Link>
      ))}
    </nav>
  );
}
