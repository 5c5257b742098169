import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { CAPABILITY_LABELS, ROLE_LABELS, USER_FIELD_LABELS } from "@/lib/accounts/labels";
import { formatDateTime } from "./unit-options";
import { UserStatusBadges } from "./user-status-badges";

type Row = {
  id: string;
  username: string;
  displayName: string;
  role: keyof typeof ROLE_LABELS;
  capabilities: (keyof typeof CAPABILITY_LABELS)[];
  active: boolean;
  locked: boolean;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  lastLoginAt: Date | null;
  orgUnit: { name: string };
};

export function UsersTable({ rows }: { rows: Row[] }) {
  if (rows.length === 0) return <EmptyState title="没有符合条件的用户" description="请调整筛选条件，或新增用户。" />;
  return (
    <Table caption="用户列表" data-testid="users-table">
      <THead>
        <Tr>
          <Th>{USER_FIELD_LABELS.username}</Th>
          <Th>{USER_FIELD_LABELS.displayName}</Th>
          <Th>{USER_FIELD_LABELS.orgUnitId}</Th>
          <Th>{USER_FIELD_LABELS.role}</Th>
          <Th>{USER_FIELD_LABELS.capabilities}</Th>
          <Th>{USER_FIELD_LABELS.active}</Th>
          <Th>最近登录</Th>
          <Th>操作</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((u) => (
          <Tr key={u.id} data-testid={`user-row-${u.username}`}>
            <Td className="font-mono">{u.username}</Td>
            <Td>{u.displayName}</Td>
            <Td>{u.orgUnit.name}</Td>
            <Td className="whitespace-nowrap">{ROLE_LABELS[u.role]}</Td>
            <Td>{u.capabilities.length ? u.capabilities.map((c) => CAPABILITY_LABELS[c]).join("、") : "—"}</Td>
            <Td><UserStatusBadges user={u} /></Td>
            <Td className="whitespace-nowrap">{formatDateTime(u.lastLoginAt)}</Td>
            <Td>
              <Link href={`/users/${u.id}`} className="text-brand-700 hover:underline" data-testid={`user-edit-${u.username}`}>
                编辑
              </Link>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
