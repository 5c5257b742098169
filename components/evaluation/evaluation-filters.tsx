import { FilterForm } from "@/components/ui/filter-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { EVAL_CHANNEL_LABELS, SATISFACTION_LABELS } from "@/lib/evaluation/labels";

export type EvaluationFilterValues = { from?: string; to?: string; channel?: string; overall?: string; windowId?: string; staffUserId?: string; unitId?: string };

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** A plain GET form: the filters live in the URL (shareable, back-button safe). */
export function EvaluationFilters({ values, windows, staff }: { values: EvaluationFilterValues; windows: SelectOption[]; staff: SelectOption[] }) {
  return (
    <FilterForm action="/evaluation" className="sm:grid-cols-3 lg:grid-cols-6" actionsClassName="sm:col-span-3 lg:col-span-6">
      {values.unitId && <input type="hidden" name="unitId" value={values.unitId} />}
      <FormField label="评价日期自">
        <Input type="date" name="from" defaultValue={values.from ?? ""} />
      </FormField>
      <FormField label="至">
        <Input type="date" name="to" defaultValue={values.to ?? ""} />
      </FormField>
      <FormField label="评价渠道">
        <Select name="channel" defaultValue={values.channel ?? ""} placeholder="全部" options={options(EVAL_CHANNEL_LABELS)} />
      </FormField>
      <FormField label="总体评价">
        <Select name="overall" defaultValue={values.overall ?? ""} placeholder="全部" options={options(SATISFACTION_LABELS)} data-testid="evaluation-filter-overall" />
      </FormField>
      <FormField label="窗口">
        <Select name="windowId" defaultValue={values.windowId ?? ""} placeholder="全部" options={windows} />
      </FormField>
      <FormField label="工作人员">
        <Select name="staffUserId" defaultValue={values.staffUserId ?? ""} placeholder="全部" options={staff} />
      </FormField>
    </FilterForm>
  );
}
