import { FilterForm } from "@/components/ui/filter-form";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { CASE_STATUS_LABELS } from "@/lib/hall/labels";

export type CaseFilterValues = { view?: string; status?: string; overdue?: string; q?: string; client?: string };

/** A plain GET form: the filters live in the URL (shareable, back-button safe). */
export function CaseFilters({ values }: { values: CaseFilterValues }) {
  return (
    <FilterForm action="/hall/cases" className="sm:grid-cols-4" actionsClassName="sm:col-span-4">
      {values.client && <input type="hidden" name="client" value={values.client} />}
      <FormField label="范围">
        <Select name="view" defaultValue={values.view ?? ""} options={[{ value: "", label: "本单位及下级全部" }, { value: "mine", label: "我首办或负责的" }]} data-testid="case-filter-view" />
      </FormField>
      <FormField label="状态">
        <Select name="status" defaultValue={values.status ?? ""} placeholder="全部" options={Object.entries(CASE_STATUS_LABELS).map(([value, label]) => ({ value, label }))} data-testid="case-filter-status" />
      </FormField>
      <FormField label="办件编号">
        <Input name="q" defaultValue={values.q ?? ""} maxLength={24} autoComplete="off" placeholder="编号开头即可" />
      </FormField>
      <div className="flex items-end pb-2">
        <Checkbox name="overdue" value="1" defaultChecked={values.overdue === "1"} label="只看超期" data-testid="case-filter-overdue" />
      </div>
    </FilterForm>
  );
}
