import { FilterForm } from "@/components/ui/filter-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { SERVICE_ITEM_STATUS_LABELS, SERVICE_MODULE_LABELS } from "@/lib/hall/catalogue/labels";

export type CatalogueFilterValues = { module?: string; status?: string; q?: string };

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** A plain GET form: filters live in the URL (shareable, back-button safe). */
export function CatalogueFilters({ values }: { values: CatalogueFilterValues }) {
  return (
    <FilterForm action="/catalogue" className="sm:grid-cols-3" actionsClassName="sm:col-span-3">
      <FormField label="所属业务">
        <Select name="module" defaultValue={values.module ?? ""} placeholder="全部" options={options(SERVICE_MODULE_LABELS)} data-testid="catalogue-filter-module" />
      </FormField>
      <FormField label="状态">
        <Select name="status" defaultValue={values.status ?? ""} placeholder="全部" options={options(SERVICE_ITEM_STATUS_LABELS)} data-testid="catalogue-filter-status" />
      </FormField>
      <FormField label="名称或编码">
        <Input name="q" defaultValue={values.q ?? ""} maxLength={40} autoComplete="off" />
      </FormField>
    </FilterForm>
  );
}
