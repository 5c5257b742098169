// The staff menu as data: one entry per screen with the permission it needs. The menu only hides
// what a user cannot use; every page and action still checks the permission itself (STYLE.md).
import { can, type Actor, type Permission } from "./permissions";

/** Names of lucide icons; the sidebar maps them, so this file stays free of React. */
export type NavIcon =
  | "home" | "users" | "building" | "user-cog" | "scroll" | "calendar" | "shield" | "folder" | "check" | "upload" | "send" | "chart"
  | "inbox" | "bell" | "clock" | "message" | "door" | "hand" | "repeat" | "star" | "alert" | "briefcase";

export type NavItem = { label: string; href: string; permission: Permission; icon: NavIcon };
export type NavSection = { label: string; items: NavItem[] };

export const NAV_SECTIONS: readonly NavSection[] = [
  {
    label: "工作台",
    items: [
      { label: "我的工作台", href: "/", permission: "account.self", icon: "home" },
      { label: "审核台", href: "/hall/review", permission: "hall.review", icon: "check" },
      { label: "消息提醒", href: "/inbox", permission: "reminder.read", icon: "bell" },
    ],
  },
  {
    label: "服务大厅",
    items: [
      { label: "办件", href: "/hall/cases", permission: "hall.read", icon: "briefcase" },
      { label: "咨询登记", href: "/hall/consultations", permission: "hall.read", icon: "message" },
      { label: "预约服务", href: "/hall/appointments", permission: "hall.read", icon: "clock" },
      { label: "上门服务", href: "/hall/home", permission: "hall.read", icon: "door" },
      { label: "帮办代办", href: "/hall/assist", permission: "hall.read", icon: "hand" },
      { label: "跟踪回访", href: "/hall/follow-up", permission: "hall.read", icon: "repeat" },
      { label: "延时与午间", href: "/hall/duty", permission: "hall.read", icon: "calendar" },
      { label: "窗口与AB角", href: "/hall/windows", permission: "hall.read", icon: "users" },
      { label: "请销假", href: "/hall/leave", permission: "hall.presence.self", icon: "calendar" },
      { label: "服务统计", href: "/hall/kpi", permission: "hall.kpi", icon: "chart" },
    ],
  },
  {
    label: "评价与改进",
    items: [
      { label: "服务评价", href: "/evaluation", permission: "eval.read", icon: "star" },
      { label: "差评整改", href: "/evaluation/bad-reviews", permission: "eval.read", icon: "alert" },
      { label: "评价排名", href: "/evaluation/rankings", permission: "eval.report", icon: "chart" },
      { label: "分析研判", href: "/evaluation/analysis", permission: "eval.report", icon: "scroll" },
    ],
  },
  {
    label: "业务办理",
    items: [
      { label: "人员信息", href: "/persons", permission: "person.read", icon: "users" },
      { label: "信息采集", href: "/ic", permission: "ic.read", icon: "folder" },
      { label: "采集审核", href: "/ic/review", permission: "ic.review", icon: "check" },
      { label: "转移与授权", href: "/ic/transfers", permission: "ic.read", icon: "send" },
      { label: "批量导入", href: "/ic/import", permission: "ic.import", icon: "upload" },
      { label: "上报省级", href: "/ic/exports", permission: "ic.provincialExport", icon: "send" },
      { label: "采集统计", href: "/ic/reports", permission: "report.read", icon: "chart" },
      { label: "服务事项", href: "/catalogue", permission: "catalogue.read", icon: "scroll" },
    ],
  },
  {
    label: "系统管理",
    items: [
      { label: "组织机构", href: "/org", permission: "org.read", icon: "building" },
      { label: "用户管理", href: "/users", permission: "user.manage", icon: "user-cog" },
      { label: "审计日志", href: "/audit", permission: "audit.read", icon: "scroll" },
      { label: "工作日历", href: "/calendar", permission: "calendar.manage", icon: "calendar" },
      { label: "安全设置", href: "/settings", permission: "config.manage", icon: "shield" },
    ],
  },
  {
    label: "个人",
    items: [{ label: "账户安全", href: "/account", permission: "account.self", icon: "shield" }],
  },
];

/** The sections this actor may see; sections left empty are dropped. */
export function navFor(actor: Actor): NavSection[] {
  return NAV_SECTIONS.map((s) => ({ ...s, items: s.items.filter((i) => can(actor, i.permission)) })).filter(
    (s) => s.items.length > 0,
  );
}

/** Whether `href` is the current route or an ancestor of it ("/" only matches itself). */
export function isActiveHref(pathname: string, href: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The one menu entry to mark: the longest href matching the path (/ic/review, not also /ic). */
export function activeHref(pathname: string, hrefs: readonly string[]): string | undefined {
  return hrefs.filter((h) => isActiveHref(pathname, h)).sort((a, b) => b.length - a.length)[0];
}
