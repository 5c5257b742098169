import Link from "next/link";
import { cn } from "@/components/ui/cn";

const TABS = [
  { key: "tracking", href: "/hall/follow-up", label: "跟踪台账" },
  { key: "visits", href: "/hall/follow-up/visits", label: "回访台账" },
  { key: "supervision", href: "/hall/follow-up/supervision", label: "督导落实" },
] as const;

export type FollowUpTab = (typeof TABS)[number]["key"];

/** The three ledgers of §7.4 as sibling pages. */
export function FollowUpTabs({ current }: { current: FollowUpTab }) {
  return (
    <nav aria-label="跟踪回访" className="mb-5 flex flex-wrap gap-1 border-b border-slate-200">
      {TABS.map((t) => (
        <Link
          key={t.key}
          href={t.href}
          aria-current={t.key === current ? "page" : undefined}
          className={cn(
            "-mb-px inline-flex min-h-10 items-center border-b-2 px-4 text-sm font-medium",
            t.key === current ? "border-brand-600 text-brand-800" : "border-transparent text-slate-600 hover:text-slate-900",
          )}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
