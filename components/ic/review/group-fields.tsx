"use client";

import { useFieldArray, useFormContext, type UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { GROUPS } from "@/lib/ic/groups";
import { newItemKey, type FieldDef } from "@/lib/ic/groups/fields";
import type { CoreGroupKey } from "@/lib/ic/change-sets/schemas";

/* eslint-disable @typescript-eslint/no-explicit-any -- field paths come from the group registry at run time */
type Reg = UseFormRegister<any>;

const BOOL = [{ value: "true", label: "是" }, { value: "false", label: "否" }];

function Field({ f, path, register }: { f: FieldDef; path: string; register: Reg }) {
  const name = `${path}.${f.name}`;
  const control =
    f.kind === "textarea" ? <Textarea rows={3} maxLength={f.maxLength} {...register(name)} />
    : f.kind === "select" ? <Select placeholder="请选择" options={f.options ?? []} {...register(name)} />
    : f.kind === "bool" ? <Select placeholder="请选择" options={BOOL} {...register(name)} />
    : f.kind === "date" ? <Input type="date" {...register(name)} />
    : f.kind === "year" ? <Input inputMode="numeric" maxLength={4} {...register(name)} />
    : f.kind === "multi" ? null
    : <Input maxLength={f.maxLength} {...register(name)} />;
  if (!control) {
    return (
      <fieldset className={f.wide ? "sm:col-span-2" : undefined}>
        <legend className="mb-1 text-sm font-medium">{f.label}</legend>
        <div className="flex flex-wrap gap-4">{(f.options ?? []).map((o) => <Checkbox key={o.value} value={o.value} label={o.label} {...register(name)} />)}</div>
      </fieldset>
    );
  }
  return <FormField label={f.label} hint={f.hint} className={f.wide ? "sm:col-span-2" : undefined}>{control}</FormField>;
}

/**
 * The fields of one content group, laid out from the group registry (lib/ic/groups) and bound to
 * `groupData` of the surrounding FormProvider; list groups (服役、立功受奖) edit their items with add/remove.
 */
export function GroupFields({ groupKey }: { groupKey: CoreGroupKey }) {
  const { control, register } = useFormContext<any>();
  const def = GROUPS[groupKey];
  const items = useFieldArray({ control, name: "groupData.items" });
  if (!def.list) {
    return <div className="grid gap-4 sm:grid-cols-2">{def.fields.map((f) => <Field key={f.name} f={f} path="groupData" register={register} />)}</div>;
  }
  return (
    <div className="flex flex-col gap-4">
      {items.fields.map((item, i) => (
        <fieldset key={item.id} className="rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium">第 {i + 1} 条</legend>
          <div className="grid gap-4 sm:grid-cols-2">{def.fields.map((f) => <Field key={f.name} f={f} path={`groupData.items.${i}`} register={register} />)}</div>
          <Button type="button" variant="ghost" size="sm" className="mt-2" onClick={() => items.remove(i)}>删除此条</Button>
        </fieldset>
      ))}
      <div><Button type="button" variant="secondary" size="sm" onClick={() => items.append({ key: newItemKey() })}>增加一条</Button></div>
    </div>
  );
}
