import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { IdLookupForm } from "./id-lookup-form";
import { Button, buttonClass } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";

export type PersonSearchBarProps = {
  unitId?: string;
  name?: string;
  unitOptions: readonly SelectOption[];
};

/** The exact ID lookup (a POST) beside the list filters, which are kept in the URL. */
export function PersonSearchBar({ unitId, name, unitOptions }: PersonSearchBarProps) {
  return (
    <div className="mb-4 grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <IdLookupForm />
      <form method="get" action="/persons" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <FormField label="所属单位">
          <Select name="unitId" defaultValue={unitId ?? ""} placeholder="全部" options={unitOptions} data-testid="person-unit-filter" />
        </FormField>
        <FormField label="姓名（前几个字）">
          <Input name="name" defaultValue={name ?? ""} maxLength={30} autoComplete="off" data-testid="person-name-filter" />
        </FormField>
        <div className="flex flex-wrap gap-2 sm:col-span-2">
          <Button type="submit" data-testid="person-filter-submit">筛选</Button>
          <Link href="/persons" className={buttonClass("secondary")}>清除条件</Link>
        </div>
      </form>
    </div>
  );
}

export function IdLookupMiss({ message }: { message: string }) {
  return <Alert tone="warning" className="mb-4" data-testid="person-id-search-miss">{message}</Alert>;
}
