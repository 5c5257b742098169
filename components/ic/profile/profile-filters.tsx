import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { optionsOf } from "@/lib/ic/groups/fields";
import { CATEGORY_LABELS, PROFILE_STATUS_LABELS } from "@/lib/ic/labels";

export type ProfileFilterValues = { status?: string; category?: string; unitId?: string; name?: string };

const STATUS_OPTIONS = optionsOf(PROFILE_STATUS_LABELS);
const CATEGORY_OPTIONS = optionsOf(CATEGORY_LABELS);

/** A plain GET form: filters live in the URL (shareable, back-button safe). */
export function ProfileFilters({ values, unitOptions }: { values: ProfileFilterValues; unitOptions: readonly SelectOption[] }) {
  return (
    <form method="get" action="/ic" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
      <FormField label="审核状态">
        <Select name="status" defaultValue={values.status ?? ""} placeholder="全部" options={STATUS_OPTIONS} data-testid="ic-filter-status" />
      </FormField>
      <FormField label="人员类别">
        <Select name="category" defaultValue={values.category ?? ""} placeholder="全部" options={CATEGORY_OPTIONS} data-testid="ic-filter-category" />
      </FormField>
      <FormField label="所属单位">
        <Select name="unitId" defaultValue={values.unitId ?? ""} placeholder="全部" options={unitOptions} data-testid="ic-filter-unit" />
      </FormField>
      <FormField label="姓名（前几个字）">
        <Input name="name" defaultValue={values.name ?? ""} maxLength={30} autoComplete="off" data-testid="ic-filter-name" />
      </FormField>
      <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-4">
        <Button type="submit" data-testid="ic-filter-submit">筛选</Button>
        <Link href="/ic" className={buttonClass("secondary")}>清除条件</Link>
      </div>
    </form>
  );
}
