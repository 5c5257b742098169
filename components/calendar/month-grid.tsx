import { cn } from "@/components/ui/cn";
import { WEEKDAY_LABELS } from "@/lib/calendar/labels";
import type { GridMonth } from "@/lib/calendar/year-grid";

/** Twelve month sheets; non-working days are shaded and named days carry their name (X-40). */
export function MonthGrid({ year, months }: { year: number; months: readonly GridMonth[] }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" data-testid="calendar-grid">
      {months.map((m) => (
        <section key={m.month} className="rounded-lg border border-slate-200 bg-white p-3" aria-label={`${year}年${m.month}月`}>
          <h3 className="mb-2 text-sm font-semibold text-slate-900">{m.month} 月</h3>
          <div className="grid grid-cols-7 gap-1 text-center text-xs">
            {WEEKDAY_LABELS.map((w) => (
              <div key={w} className="font-medium text-slate-500" aria-hidden="true">{w}</div>
            ))}
            {Array.from({ length: m.leadingBlanks }, (_, i) => <div key={`b${i}`} aria-hidden="true" />)}
            {m.days.map((d) => (
              <div
                key={d.date}
                title={d.name ? `${d.date} ${d.name}` : d.date}
                aria-label={`${d.date}${d.name ? ` ${d.name}` : ""}，${d.working ? "工作日" : "休息日"}`}
                data-date={d.date}
                data-working={d.working}
                className={cn(
                  "rounded py-1 tabular-nums",
                  d.working ? "text-slate-800" : "bg-red-50 text-red-800",
                  d.name && "font-semibold ring-1 ring-inset",
                  d.name && (d.working ? "ring-brand-600" : "ring-red-300"),
                )}
              >
                {d.day}
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
