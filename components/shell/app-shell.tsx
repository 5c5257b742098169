import { Menu } from "lucide-react";
import type { NavSection } from "@/lib/core/navigation";
import { Header, type ShellUser } from "./header";
import { IdleGuard } from "./idle-guard";
import { Sidebar } from "./sidebar";

export type AppShellProps = { user: ShellUser; sections: readonly NavSection[]; children: React.ReactNode };

export function AppShell({ user, sections, children }: AppShellProps) {
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:text-brand-800 focus:shadow"
      >
        跳到主要内容
      </a>
      <Header user={user} />
      {/* Under md the menu is a disclosure above the content: works without JS and keeps the page one column at high zoom. */}
      <details className="border-b border-slate-200 bg-white md:hidden">
        <summary className="flex min-h-11 cursor-pointer items-center gap-2 px-4 font-medium text-slate-800">
          <Menu className="size-5" aria-hidden="true" />
          菜单
        </summary>
        <div className="px-3 pb-4">
          <Sidebar sections={sections} />
        </div>
      </details>
      <div className="flex flex-1">
        <aside className="hidden w-56 shrink-0 border-r border-slate-200 bg-white px-3 py-5 md:block">
          <Sidebar sections={sections} />
        </aside>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 focus:outline-none md:px-8">
          {children}
        </main>
      </div>
      <IdleGuard />
    </div>
  );
}
