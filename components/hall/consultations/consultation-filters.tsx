import { FilterForm } from "@/components/ui/filter-form";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { FOLLOW_UP_FILTERS } from "@/lib/hall/consultations/filters";
import { CONSULT_TOPIC_LABELS } from "@/lib/hall/labels";

export type ConsultationFilterValues = { topic?: string; onSpot?: string; followUp?: string };

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** A plain GET form: filters live in the URL (shareable, back-button safe). */
export function ConsultationFilters({ values }: { values: ConsultationFilterValues }) {
  return (
    <FilterForm action="/hall/consultations" className="sm:grid-cols-3" actionsClassName="sm:col-span-3">
      <FormField label="咨询类别">
        <Select name="topic" defaultValue={values.topic ?? ""} placeholder="全部" options={options(CONSULT_TOPIC_LABELS)} data-testid="consultation-filter-topic" />
      </FormField>
      <FormField label="是否当场解答">
        <Select name="onSpot" defaultValue={values.onSpot ?? ""} placeholder="全部" options={[{ value: "yes", label: "当场解答" }, { value: "no", label: "未当场解答" }]} data-testid="consultation-filter-onSpot" />
      </FormField>
      <FormField label="答复情况">
        <Select name="followUp" defaultValue={values.followUp ?? ""} placeholder="全部" options={options(FOLLOW_UP_FILTERS)} data-testid="consultation-filter-followUp" />
      </FormField>
    </FilterForm>
  );
}
