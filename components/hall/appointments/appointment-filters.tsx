import { FilterForm } from "@/components/ui/filter-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { APPOINTMENT_METHOD_LABELS, APPOINTMENT_STATUS_LABELS, APPOINTMENT_TYPE_LABELS } from "@/lib/hall/labels";

export type AppointmentFilterValues = { status?: string; type?: string; method?: string; from?: string; to?: string };

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** A plain GET form: filters live in the URL (shareable, back-button safe). */
export function AppointmentFilters({ values }: { values: AppointmentFilterValues }) {
  return (
    <FilterForm action="/hall/appointments/list" className="sm:grid-cols-3 lg:grid-cols-5" actionsClassName="sm:col-span-3 lg:col-span-5">
      <FormField label="状态"><Select name="status" defaultValue={values.status ?? ""} placeholder="全部" options={options(APPOINTMENT_STATUS_LABELS)} data-testid="appointment-filter-status" /></FormField>
      <FormField label="预约类型"><Select name="type" defaultValue={values.type ?? ""} placeholder="全部" options={options(APPOINTMENT_TYPE_LABELS)} /></FormField>
      <FormField label="预约方式"><Select name="method" defaultValue={values.method ?? ""} placeholder="全部" options={options(APPOINTMENT_METHOD_LABELS)} /></FormField>
      <FormField label="预约日期自"><Input type="date" name="from" defaultValue={values.from ?? ""} /></FormField>
      <FormField label="至"><Input type="date" name="to" defaultValue={values.to ?? ""} /></FormField>
    </FilterForm>
  );
}
