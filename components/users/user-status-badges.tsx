import { Badge } from "@/components/ui/badge";

type UserStatus = { active: boolean; locked: boolean; mustChangePassword: boolean; totpEnabled: boolean };

/** Every flag an admin acts on, as text badges (colour is never the only signal). */
export function UserStatusBadges({ user }: { user: UserStatus }) {
  return (
    <span className="flex flex-wrap gap-1">
      {user.active ? <Badge tone="success">启用</Badge> : <Badge tone="danger">停用</Badge>}
      {user.locked && <Badge tone="danger">已锁定</Badge>}
      {user.mustChangePassword && <Badge tone="warning">需改密</Badge>}
      {user.totpEnabled && <Badge tone="info">已启用动态码</Badge>}
    </span>
  );
}
