"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { activeHref } from "@/lib/core/navigation";
import { cn } from "@/components/ui/cn";

// The only client part of the menu: it needs the current path to mark the active entry.
export function NavLink({ href, allHrefs, children }: { href: string; allHrefs: readonly string[]; children: React.ReactNode }) {
  const active = activeHref(usePathname(), allHrefs) === href;
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      // On small screens the menu is a <details>; close it once a destination is chosen.
      onClick={(e) => e.currentTarget.closest("details")?.removeAttribute("open")}
      className={cn(
        "flex min-h-10 items-center gap-2.5 rounded-md px-3 py-2 text-base",
        active ? "bg-brand-600 font-medium text-white" : "text-slate-700 hover:bg-brand-50 hover:text-brand-800",
      )}
    >
      {children}
    </Link>
  );
}
