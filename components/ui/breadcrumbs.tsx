import Link from "next/link";
import { ChevronRight } from "lucide-react";

export type Crumb = { label: string; href?: string };

/** The last crumb is the current page and is never a link. */
export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  if (items.length === 0) return null;
  return (
    <nav aria-label="面包屑导航" className="text-sm text-slate-600">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((c, i) => {
          const last = i === items.length - 1;
          return (
            <li key={`${i}-${c.label}`} className="inline-flex items-center gap-1">
              {i > 0 && <ChevronRight className="size-3.5 text-slate-400" aria-hidden="true" />}
              {c.href && !last ? (
                <Link href={c.href} className="hover:text-brand-700 hover:underline">{c.label}</Link>
              ) : (
                <span aria-current={last ? "page" : undefined} className={last ? "text-slate-900" : undefined}>{c.label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
