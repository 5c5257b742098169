import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { REMINDER_LEVEL_LABELS } from "@/lib/hall/labels";

const TABS = [{ value: undefined, label: "全部" }, ...(["OVERDUE", "WARN", "INFO"] as const).map((v) => ({ value: v, label: REMINDER_LEVEL_LABELS[v] }))];

/** Level filter as links: the filter lives in the URL (shareable, back-button safe). */
export function ReminderLevelTabs({ current }: { current?: string }) {
  return (
    <nav aria-label="按提醒级别筛选" className="mb-4 flex flex-wrap gap-2">
      {TABS.map((t) => {
        const active = (t.value ?? "") === (current ?? "");
        return (
          <Link
            key={t.label}
            href={t.value ? `/inbox?level=${t.value}` : "/inbox"}
            aria-current={active ? "page" : undefined}
            className={cn(
              "inline-flex min-h-9 items-center rounded-md border px-3 text-sm",
              active ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100",
            )}
          >
            {t.label}
          </Link>
        );
      })}
    </nav>
  );
}
