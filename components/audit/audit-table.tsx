import Link from "next/link";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { EmptyState } from "@/components/ui/empty-state";
import { formatShanghaiDateTime } from "@/lib/audit/format";
import { AUDIT_FIELD_LABELS, auditActionLabels, auditEntityLabels } from "@/lib/audit/labels";
import type { AuditEventRow } from "@/lib/audit/queries";

function actionLabel(code: string) {
  return (auditActionLabels as Record<string, string>)[code] ?? code;
}

export function AuditTable({ rows }: { rows: readonly AuditEventRow[] }) {
  if (rows.length === 0) return <EmptyState title="没有符合条件的审计记录" />;
  return (
    <Table caption="审计日志" data-testid="audit-table">
      <THead>
        <tr>
          <Th>{AUDIT_FIELD_LABELS.at}</Th>
          <Th>{AUDIT_FIELD_LABELS.user}</Th>
          <Th>{AUDIT_FIELD_LABELS.action}</Th>
          <Th>{AUDIT_FIELD_LABELS.entity}</Th>
          <Th>{AUDIT_FIELD_LABELS.reason}</Th>
          <Th>{AUDIT_FIELD_LABELS.ip}</Th>
        </tr>
      </THead>
      <TBody>
        {rows.map((e) => (
          <Tr key={e.id} data-testid="audit-row">
            <Td className="whitespace-nowrap tabular-nums">{formatShanghaiDateTime(e.at)}</Td>
            <Td>
              {e.userId ? (
                <Link className="text-brand-700 hover:underline" href={`/audit?userId=${encodeURIComponent(e.userId)}`}>{e.userName ?? e.userId}</Link>
              ) : (
                e.userName ?? "—"
              )}
            </Td>
            <Td className="whitespace-nowrap">{actionLabel(e.action)}</Td>
            <Td>
              {e.entityType ? `${auditEntityLabels[e.entityType] ?? e.entityType}` : "—"}
              {e.personId ? (
                <Link className="ml-1 text-brand-700 hover:underline" href={`/audit?personId=${encodeURIComponent(e.personId)}`} title="查看该人员档案的全部访问记录">
                  {e.personId}
                </Link>
              ) : (
                e.entityId && <span className="ml-1 text-slate-500">{e.entityId}</span>
              )}
            </Td>
            <Td className="max-w-xs break-words">{e.reason ?? ""}</Td>
            <Td className="whitespace-nowrap">{e.ip ?? ""}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
