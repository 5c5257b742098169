import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

/** The rankings' date range as a plain GET form (default: this quarter). */
export function PeriodForm({ action, from, to, unit }: { action: string; from: string; to: string; unit?: string }) {
  return (
    <form method="get" action={action} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
      {unit && <input type="hidden" name="unit" value={unit} />}
      <FormField label="评价日期自"><Input type="date" name="from" defaultValue={from} /></FormField>
      <FormField label="至"><Input type="date" name="to" defaultValue={to} /></FormField>
      <Button type="submit">查询</Button>
      <Link href={action} className={buttonClass("secondary")}>本季度</Link>
    </form>
  );
}
