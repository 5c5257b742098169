import Link from "next/link";
import { Bell } from "lucide-react";
import type { OrgLevel, Role } from "@/lib/generated/prisma/enums";
import { ROLE_LABELS } from "@/lib/accounts/labels";
import { ORG_LEVEL_LABELS } from "@/lib/org/labels";
import { Badge } from "@/components/ui/badge";
import { SignOutButton } from "./sign-out-button";

export type ShellUser = { displayName: string; orgUnitName: string; role: Role; level: OrgLevel; unreadReminders?: number };

export function Header({ user }: { user: ShellUser }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 md:px-6">
        <Link href="/" className="text-lg font-semibold text-brand-800">
          青岛市退役军人政务服务管理系统
        </Link>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700" data-testid="shell-user">
          <span className="font-medium text-slate-900">{user.orgUnitName}</span>
          <Badge tone="info">{ORG_LEVEL_LABELS[user.level]}</Badge>
          <Badge>{ROLE_LABELS[user.role]}</Badge>
          <span>{user.displayName}</span>
          <Link href="/inbox" className="inline-flex items-center gap-1 text-brand-700 underline" data-testid="shell-inbox">
            <Bell className="size-4" aria-hidden="true" />
            消息{user.unreadReminders ? <Badge tone="danger" data-testid="shell-unread">{user.unreadReminders}</Badge> : null}
          </Link>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
