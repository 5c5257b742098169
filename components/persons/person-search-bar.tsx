import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";

export type PersonSearchBarProps = {
  idNumber?: string;
  /** Why the ID lookup found nothing, or why the number is malformed. */
  idError?: string;
  unitId?: string;
  name?: string;
  unitOptions: readonly SelectOption[];
};

/** Two plain GET forms: an exact lookup by ID number, and list filters kept in the URL. */
export function PersonSearchBar({ idNumber, idError, unitId, name, unitOptions }: PersonSearchBarProps) {
  return (
    <div className="mb-4 grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <form method="get" action="/persons" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <FormField label="按身份证号精确查询" id="person-id-search" error={idError}>
          <Input
            name="id"
            defaultValue={idNumber ?? ""}
            maxLength={20}
            autoComplete="off"
            spellCheck={false}
            placeholder="18位身份证号"
            data-testid="person-id-search"
          />
        </FormField>
        <div>
          <Button type="submit" data-testid="person-id-search-submit">查询</Button>
        </div>
      </form>
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
