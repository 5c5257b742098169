import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ROLE_LABELS, USER_FIELD_LABELS } from "@/lib/accounts/labels";
import { unitSelectOptions } from "./unit-options";

type Props = {
  filter: { q?: string; unitId?: string; role?: string };
  units: { id: string; name: string; level: "CITY" | "DISTRICT" | "TOWN" | "VILLAGE" }[];
};

const ROLE_OPTIONS = Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }));

// A plain GET form: the filters live in the URL (shareable, back-button safe) and work without JS.
export function UserFilters({ filter, units }: Props) {
  return (
    <form method="get" action="/users" role="search" aria-label="筛选用户" className="mb-4 flex flex-wrap items-end gap-3">
      <FormField label="用户名或姓名" id="users-q" className="w-56">
        <Input name="q" defaultValue={filter.q ?? ""} placeholder="输入开头几个字" data-testid="users-filter-q" />
      </FormField>
      <FormField label={USER_FIELD_LABELS.orgUnitId} id="users-unit" className="w-64">
        <Select name="unit" defaultValue={filter.unitId ?? ""} placeholder="全部" options={unitSelectOptions(units)} data-testid="users-filter-unit" />
      </FormField>
      <FormField label={USER_FIELD_LABELS.role} id="users-role" className="w-44">
        <Select name="role" defaultValue={filter.role ?? ""} placeholder="全部" options={ROLE_OPTIONS} data-testid="users-filter-role" />
      </FormField>
      <div className="flex gap-2">
        <Button type="submit" data-testid="users-filter-submit">查询</Button>
        <Link href="/users" className={buttonClass("secondary")}>清除</Link>
      </div>
    </form>
  );
}
