import Link from "next/link";
import { cn } from "@/components/ui/cn";

export type ProfileTab = { key: string; label: string; state?: "done" | "none" | "todo" };

const MARK = { done: "✓", none: "无", todo: "•" } as const;
const MARK_TEXT = { done: "已完成", none: "已标记为无", todo: "未完成" } as const;

/**
 * Tabs are links (`?tab=`): server-rendered, shareable and back-button safe. Only the active
 * tab's content is rendered. They wrap rather than scroll: up to 12 tabs, and a scrolling strip
 * would widen the page inside the shell's flex layout.
 */
export function ProfileTabs({ profileId, tabs, active }: { profileId: string; tabs: readonly ProfileTab[]; active: string }) {
  return (
    <nav aria-label="档案内容" className="mb-4 border-b border-slate-200">
      <ul className="flex flex-wrap gap-x-1">
        {tabs.map((t) => {
          const current = t.key === active;
          return (
            <li key={t.key}>
              <Link
                href={`/ic/${profileId}?tab=${t.key}`}
                scroll={false}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "inline-flex min-h-10 items-center gap-1.5 border-b-2 px-3 text-sm whitespace-nowrap",
                  current ? "border-brand-600 font-semibold text-brand-800" : "border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-900",
                )}
                data-testid={`ic-tab-${t.key}`}
              >
                {t.label}
                {t.state && (
                  <span className={cn("text-xs", t.state === "todo" ? "text-amber-600" : "text-green-700")}>
                    <span aria-hidden="true">{MARK[t.state]}</span>
                    <span className="sr-only">（{MARK_TEXT[t.state]}）</span>
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
