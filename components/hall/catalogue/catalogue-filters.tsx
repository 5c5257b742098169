import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { SERVICE_ITEM_STATUS_LABELS, SERVICE_MODULE_LABELS } from "@/lib/hall/catalogue/labels";

export type CatalogueFilterValues = { module?: string; status?: string; q?: string };

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** A plain GET form: filters live in the URL (shareable, back-button safe). */
export function CatalogueFilters({ values }: { values: CatalogueFilterValues }) {
  return (
    <form method="get" action="/catalogue" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3">
      <FormField label="所属业务">
        <Select name="module" defaultValue={values.module ?? ""} placeholder="全部" options={options(SERVICE_MODULE_LABELS)} data-testid="catalogue-filter-module" />
      </FormField>
      <FormField label="状态">
        <Select name="status" defaultValue={values.status ?? ""} placeholder="全部" options={options(SERVICE_ITEM_STATUS_LABELS)} data-testid="catalogue-filter-status" />
      </FormField>
      <FormField label="名称或编码">
        <Input name="q" defaultValue={values.q ?? ""} maxLength={40} autoComplete="off" />
      </FormField>
      <div className="flex flex-wrap gap-2 sm:col-span-3">
        <Button type="submit">筛选</Button>
        <Link href="/catalogue" className={buttonClass("secondary")}>清除条件</Link>
      </div>
    </form>
  );
}
