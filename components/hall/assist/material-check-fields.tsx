"use client";

import { useEffect } from "react";
import { useWatch, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import { MATERIAL_FORM_LABELS } from "@/lib/hall/catalogue/labels";

export type MaterialOption = { id: string; name: string; mandatory: boolean; originalOrCopy: keyof typeof MATERIAL_FORM_LABELS; count?: number; howToObtain: string | null };

const STATES = [
  { value: "OK", label: "齐全" }, { value: "MISSING", label: "缺少" }, { value: "DEFECTIVE", label: "需补正" }, { value: "NA", label: "不适用" },
];

/**
 * §7.5.3.2 "当场审查其现有材料是否齐全": one row per material of the item; missing or defective
 * ones go into the one-time notice, with how to obtain them.
 */
export function MaterialCheckFields<T extends FieldValues>({ form, prefix, materials, error }: { form: UseFormReturn<T>; prefix: string; materials: MaterialOption[]; error?: string }) {
  const key = materials.map((m) => m.id).join(",");
  useEffect(() => {
    form.setValue(prefix as Path<T>, materials.map((m) => ({ materialDefId: m.id, state: "OK", defect: "", correction: "" })) as never);
    // Reset only when the item (its material list) changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const rows = (useWatch({ control: form.control, name: prefix as Path<T> }) ?? []) as { state?: string }[];
  const rowErrors = prefix.split(".").reduce<unknown>((e, k) => (e as Record<string, unknown> | undefined)?.[k], form.formState.errors) as
    { defect?: { message?: string }; correction?: { message?: string } }[] | undefined;
  if (materials.length === 0) return <p className="text-sm text-slate-600">该事项未列申请材料。</p>;
  return (
    <div className="flex flex-col gap-2" data-testid="material-check">
      <Table caption="材料审查">
        <THead><Tr><Th>材料</Th><Th>要求</Th><Th>核验结果</Th><Th>问题及补正要求</Th></Tr></THead>
        <TBody>
          {materials.map((m, i) => (
            <Tr key={m.id}>
              <Td>{m.name}{m.mandatory ? "" : "（视情提供）"}{m.howToObtain && <div className="text-xs text-slate-600">获取方式：{m.howToObtain}</div>}</Td>
              <Td className="whitespace-nowrap">{MATERIAL_FORM_LABELS[m.originalOrCopy]}</Td>
              <Td>
                <Select aria-label={`${m.name}核验结果`} options={m.mandatory ? STATES.filter((s) => s.value !== "NA") : STATES} data-testid={`material-state-${i}`} {...form.register(`${prefix}.${i}.state` as Path<T>)} />
              </Td>
              <Td>
                {rows[i]?.state === "DEFECTIVE" && (
                  <div className="flex flex-col gap-1">
                    <Input placeholder="存在问题" aria-label={`${m.name}存在问题`} maxLength={200} {...form.register(`${prefix}.${i}.defect` as Path<T>)} />
                    <Input placeholder="补正要求" aria-label={`${m.name}补正要求`} maxLength={200} {...form.register(`${prefix}.${i}.correction` as Path<T>)} />
                    {(rowErrors?.[i]?.defect ?? rowErrors?.[i]?.correction) && (
                      <p className="text-sm font-medium text-red-700">{rowErrors?.[i]?.defect?.message ?? rowErrors?.[i]?.correction?.message}</p>
                    )}
                  </div>
                )}
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      {error && <p className="text-sm font-medium text-red-700">{error}</p>}
    </div>
  );
}
