import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { ORG_LEVEL_LABELS } from "@/lib/org/labels";
import { ROLE_LABELS, USER_FIELD_LABELS } from "@/lib/accounts/labels";
import type { CapabilityKey } from "./capability-checkboxes";
import { formatDateTime } from "./unit-options";
import { UserAccountActions } from "./user-account-actions";
import { UserEditForm } from "./user-edit-form";
import { UserStatusBadges } from "./user-status-badges";

type User = {
  id: string;
  version: number;
  username: string;
  displayName: string;
  mobile: string | null;
  role: keyof typeof ROLE_LABELS;
  capabilities: CapabilityKey[];
  active: boolean;
  locked: boolean;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
  orgUnit: { name: string; level: keyof typeof ORG_LEVEL_LABELS };
};

type Props = { user: User; capabilities: CapabilityKey[]; isSelf: boolean };

/** The account's state and its admin actions, then the edit form; only the needed fields reach the client. */
export function UserEditPanel({ user, capabilities, isSelf }: Props) {
  const target = { id: user.id, version: user.version, username: user.username, displayName: user.displayName, active: user.active };
  const editable = {
    id: user.id, version: user.version, displayName: user.displayName, mobile: user.mobile, role: user.role, capabilities: user.capabilities,
  };
  const facts: [string, React.ReactNode][] = [
    [USER_FIELD_LABELS.username, <span key="u" className="font-mono">{user.username}</span>],
    [USER_FIELD_LABELS.orgUnitId, `${user.orgUnit.name}（${ORG_LEVEL_LABELS[user.orgUnit.level]}）`],
    [USER_FIELD_LABELS.role, ROLE_LABELS[user.role]],
    [USER_FIELD_LABELS.active, <UserStatusBadges key="s" user={user} />],
    ["最近登录", formatDateTime(user.lastLoginAt)],
    ["创建时间", formatDateTime(user.createdAt)],
  ];
  return (
    <>
      <Card className="mb-6">
        <CardHeader
          title="账号状态"
          description={isSelf ? "这是您本人的账号：停用、重置密码请由上级管理员操作，修改密码请到“账户安全”。" : undefined}
          actions={!isSelf && <UserAccountActions user={target} />}
        />
        <CardContent>
          <dl className="grid grid-cols-1 gap-x-8 gap-y-3 sm:grid-cols-2 lg:grid-cols-3">
            {facts.map(([label, value]) => (
              <div key={label} className="min-w-0">
                <dt className="text-sm text-slate-600">{label}</dt>
                <dd className="mt-0.5 text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
        </CardContent>
      </Card>
      <h2 className="mb-3 text-lg font-semibold text-slate-900">编辑信息</h2>
      <UserEditForm user={editable} capabilities={capabilities} isSelf={isSelf} />
    </>
  );
}
