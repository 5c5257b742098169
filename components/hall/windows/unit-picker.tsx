import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

type Unit = { id: string; name: string };

/** A plain GET form (works without JavaScript): which unit of the subtree the page shows. */
export function UnitPicker({ action, units, value, extra = {} }: { action: string; units: Unit[]; value: string; extra?: Record<string, string> }) {
  if (units.length <= 1) return null;
  return (
    <form action={action} method="get" className="flex flex-wrap items-end gap-2" data-testid="unit-picker">
      {Object.entries(extra).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
        单位
        <Select name="unit" defaultValue={value} options={units.map((u) => ({ value: u.id, label: u.name }))} className="min-w-64" />
      </label>
      <Button type="submit" variant="secondary" size="sm">切换</Button>
    </form>
  );
}
