import { FilterForm } from "@/components/ui/filter-form";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Select, type SelectOption } from "@/components/ui/select";
import { BAD_REVIEW_SOURCE_LABELS, BAD_REVIEW_STATUS_LABELS } from "@/lib/evaluation/labels";

export type BadReviewFilterValues = { status?: string; overdue?: string; unitId?: string; source?: string };

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export function BadReviewFilters({ values, units }: { values: BadReviewFilterValues; units: SelectOption[] }) {
  return (
    <FilterForm action="/evaluation/bad-reviews" className="sm:grid-cols-4" actionsClassName="sm:col-span-4">
      <FormField label="环节">
        <Select name="status" defaultValue={values.status ?? ""} placeholder="全部" options={options(BAD_REVIEW_STATUS_LABELS)} data-testid="bad-review-filter-status" />
      </FormField>
      <FormField label="来源">
        <Select name="source" defaultValue={values.source ?? ""} placeholder="全部" options={options(BAD_REVIEW_SOURCE_LABELS)} />
      </FormField>
      <FormField label="涉及单位">
        <Select name="unitId" defaultValue={values.unitId ?? ""} placeholder="全部" options={units} />
      </FormField>
      <div className="flex items-end">
        <Checkbox name="overdue" value="1" defaultChecked={values.overdue === "1"} label="仅看环节超期" />
      </div>
    </FilterForm>
  );
}
