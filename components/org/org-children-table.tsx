import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { ORG_FIELD_LABELS } from "@/lib/org/labels";
import type { OrgPage } from "@/lib/org/queries";
import { EditOrgUnitDialog } from "./edit-org-unit-dialog";
import { OrgUnitStatusBadge, orgTypeLabel } from "./org-unit-details";
import { OrgUnitStatusDialog } from "./org-unit-status-dialog";

type ManagedUnit = Pick<OrgPage["unit"], "id" | "version" | "code" | "name" | "active" | "hasServiceHall" | "address" | "officePhone">;

/** 编辑 and 停用/启用 for one unit; only the fields the dialogs need cross to the client. */
export function OrgUnitManageButtons({ unit: u }: { unit: ManagedUnit }) {
  const unit = {
    id: u.id, version: u.version, code: u.code, name: u.name, active: u.active,
    hasServiceHall: u.hasServiceHall, address: u.address, officePhone: u.officePhone,
  };
  return (
    <>
      <EditOrgUnitDialog unit={unit} />
      <OrgUnitStatusDialog unit={unit} />
    </>
  );
}

export function orgHref(unitId: string) {
  return `/org?unit=${encodeURIComponent(unitId)}`;
}

/** Direct children of the unit shown, with head-counts; names drill down one level. */
export function OrgChildrenTable({ units, manage }: { units: OrgPage["children"]; manage: boolean }) {
  if (units.length === 0) return <EmptyState title="暂无下级单位" />;
  return (
    <Table caption="下级单位" data-testid="org-children">
      <THead>
        <Tr>
          <Th>{ORG_FIELD_LABELS.code}</Th>
          <Th>{ORG_FIELD_LABELS.name}</Th>
          <Th>类型</Th>
          <Th className="text-right">下级单位</Th>
          <Th className="text-right">用户</Th>
          <Th className="text-right">人员</Th>
          <Th>{ORG_FIELD_LABELS.active}</Th>
          <Th>操作</Th>
        </Tr>
      </THead>
      <TBody>
        {units.map((u) => (
          <Tr key={u.id} data-testid={`org-row-${u.code}`}>
            <Td className="font-mono">{u.code}</Td>
            <Td>
              <Link href={orgHref(u.id)} className="text-brand-700 hover:underline">{u.name}</Link>
            </Td>
            <Td className="whitespace-nowrap">{orgTypeLabel(u)}</Td>
            <Td className="text-right tabular-nums">{u._count.children}</Td>
            <Td className="text-right tabular-nums">{u._count.users}</Td>
            <Td className="text-right tabular-nums">{u._count.persons}</Td>
            <Td><OrgUnitStatusBadge active={u.active} /></Td>
            <Td>
              <div className="flex flex-wrap gap-2">
                {u.level !== "VILLAGE" && (
                  <Link href={orgHref(u.id)} className="inline-flex min-h-9 items-center text-sm text-brand-700 hover:underline">
                    查看下级
                  </Link>
                )}
                {manage && <OrgUnitManageButtons unit={u} />}
              </div>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
