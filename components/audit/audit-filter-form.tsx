import Link from "next/link";
import { buttonClass, Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { AUDIT_FIELD_LABELS, auditActionLabels } from "@/lib/audit/labels";
import type { AuditFilter } from "@/lib/audit/schemas";

const ACTION_OPTIONS = Object.entries(auditActionLabels).map(([value, label]) => ({ value, label }));

/** A plain GET form: the filter lives in the URL (shareable, back-button safe). */
export function AuditFilterForm({ filter }: { filter: AuditFilter }) {
  return (
    <form method="get" action="/audit" className="mb-4 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5">
      {filter.userId && <input type="hidden" name="userId" value={filter.userId} />}
      <FormField label={AUDIT_FIELD_LABELS.username}>
        <Input name="username" defaultValue={filter.username ?? ""} autoComplete="off" data-testid="audit-username-filter" />
      </FormField>
      <FormField label={AUDIT_FIELD_LABELS.action}>
        <Select name="action" defaultValue={filter.action ?? ""} placeholder="全部" options={ACTION_OPTIONS} data-testid="audit-action-filter" />
      </FormField>
      <FormField label={AUDIT_FIELD_LABELS.personId}>
        <Input name="personId" defaultValue={filter.personId ?? ""} autoComplete="off" data-testid="audit-person-filter" />
      </FormField>
      <FormField label={AUDIT_FIELD_LABELS.from}>
        <Input type="date" name="from" defaultValue={filter.from ?? ""} data-testid="audit-from-filter" />
      </FormField>
      <FormField label={AUDIT_FIELD_LABELS.to}>
        <Input type="date" name="to" defaultValue={filter.to ?? ""} data-testid="audit-to-filter" />
      </FormField>
      <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-5">
        <Button type="submit" data-testid="audit-filter-submit">查询</Button>
        <Link href="/audit" className={buttonClass("secondary")}>清除条件</Link>
      </div>
    </form>
  );
}
