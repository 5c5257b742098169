import {
  BarChart3, Bell, Briefcase, Building2, CalendarDays, ClipboardCheck, Clock, DoorOpen, FolderOpen, HandHelping, House, Inbox,
  MessageSquare, Repeat, ScrollText, Send, ShieldCheck, Star, TriangleAlert, Upload, UserCog, Users, type LucideIcon,
} from "lucide-react";
import type { NavIcon, NavSection } from "@/lib/core/navigation";
import { NavLink } from "./nav-link";

const ICONS: Record<NavIcon, LucideIcon> = {
  home: House,
  users: Users,
  building: Building2,
  "user-cog": UserCog,
  scroll: ScrollText,
  calendar: CalendarDays,
  shield: ShieldCheck,
  folder: FolderOpen,
  check: ClipboardCheck,
  upload: Upload,
  send: Send,
  chart: BarChart3,
  inbox: Inbox,
  bell: Bell,
  clock: Clock,
  message: MessageSquare,
  door: DoorOpen,
  hand: HandHelping,
  repeat: Repeat,
  star: Star,
  alert: TriangleAlert,
  briefcase: Briefcase,
};

export function Sidebar({ sections }: { sections: readonly NavSection[] }) {
  const allHrefs = sections.flatMap((s) => s.items.map((i) => i.href));
  return (
    <nav aria-label="主菜单" className="flex flex-col gap-5">
      {sections.map((section) => (
        <div key={section.label}>
          <h2 className="mb-1.5 px-3 text-xs font-semibold tracking-wide text-slate-500">{section.label}</h2>
          <ul className="flex flex-col gap-0.5">
            {section.items.map((item) => {
              const Icon = ICONS[item.icon];
              return (
                <li key={item.href}>
                  <NavLink href={item.href} allHrefs={allHrefs}>
                    <Icon className="size-4 shrink-0" aria-hidden="true" />
                    <span>{item.label}</span>
                  </NavLink>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
