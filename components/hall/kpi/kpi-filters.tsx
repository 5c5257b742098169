import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

/** A GET form: unit, grouping and period live in the URL (shareable, exportable with the same parameters). */
export function KpiFilters({ unit, by, from, to }: { unit: string; by: string; from: string; to: string }) {
  return (
    <form method="get" action="/hall/kpi" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4">
      <input type="hidden" name="unit" value={unit} />
      <FormField label="统计维度">
        <Select name="by" defaultValue={by} options={[{ value: "unit", label: "按单位（可下钻）" }, { value: "window", label: "按窗口（本单位）" }, { value: "staff", label: "按工作人员" }]} data-testid="kpi-by" />
      </FormField>
      <FormField label="起始日期">
        <Input type="date" name="from" defaultValue={from} />
      </FormField>
      <FormField label="截止日期">
        <Input type="date" name="to" defaultValue={to} />
      </FormField>
      <div className="flex items-end">
        <Button type="submit">统计</Button>
      </div>
    </form>
  );
}
