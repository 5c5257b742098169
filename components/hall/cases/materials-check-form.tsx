"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { useSyncedVersion } from "@/components/forms/use-synced-version";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { checkMaterialsAction } from "@/lib/hall/cases/actions";
import { CheckMaterialsInput, MATERIAL_STATES } from "@/lib/hall/cases/schemas";
import { MATERIAL_FORM_LABELS } from "@/lib/hall/catalogue/labels";
import { MATERIAL_STATE_LABELS } from "@/lib/hall/labels";
import type { CaseMaterialState, MaterialForm } from "@/lib/generated/prisma/enums";

export type MaterialRowView = {
  id: string; name: string; originalOrCopy: MaterialForm; count: number; mandatory: boolean; howToObtain: string | null;
  state: CaseMaterialState; defect: string | null; correction: string | null; note: string | null;
};

/** §7.8.1 审核材料: the handler marks every material; a defective one needs what is wrong and how to correct it. */
export function MaterialsCheckForm({ caseId, version, materials, readOnly }: { caseId: string; version: number; materials: MaterialRowView[]; readOnly: boolean }) {
  const router = useRouter();
  // "Saved" shows once the refreshed page carries the new version, so the next step uses it.
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(checkMaterialsAction, CheckMaterialsInput, {
    formProps: {
      defaultValues: {
        caseId, version,
        materials: materials.map((m) => ({ id: m.id, state: m.state, defect: m.defect ?? "", correction: m.correction ?? "", note: m.note ?? "" })),
      },
    },
    actionProps: {
      onSuccess: ({ input, data }) => {
        form.reset({ ...input, version: data?.version ?? input.version + 1 });
        setSavedVersion(data?.version ?? input.version + 1);
        router.refresh();
      },
    },
  });
  useSyncedVersion(form, version);
  const states = form.watch("materials");
  const errs = form.formState.errors.materials;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-3" data-testid="materials-form">
      <FormError message={formError} data-testid="materials-error" />
      {savedVersion === version && !form.formState.isDirty && <Alert tone="success" data-testid="materials-saved">核验结果已保存。</Alert>}
      <ol className="flex flex-col gap-3">
        {materials.map((m, i) => (
          <li key={m.id} className="rounded-md border border-slate-200 p-3" data-testid={`material-${i}`}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p className="font-medium">
                {i + 1}. {m.name}
                <span className="ml-2 text-sm font-normal text-slate-600">{MATERIAL_FORM_LABELS[m.originalOrCopy]} {m.count}份 · {m.mandatory ? "必需" : "视情提供"}</span>
              </p>
              <Select
                aria-label={`${m.name}核验结果`}
                disabled={readOnly}
                className="w-40"
                options={MATERIAL_STATES.filter((s) => s !== "NA" || !m.mandatory).map((s) => ({ value: s, label: MATERIAL_STATE_LABELS[s] }))}
                data-testid={`material-state-${i}`}
                {...form.register(`materials.${i}.state`)}
              />
            </div>
            {m.howToObtain && <p className="mt-1 text-sm text-slate-600">获取方式：{m.howToObtain}</p>}
            {states?.[i]?.state === "DEFECTIVE" && (
              <div className="mt-2 grid gap-2 sm:grid-cols-2">
                <label className="flex flex-col gap-1 text-sm">
                  存在问题
                  <Input disabled={readOnly} maxLength={200} aria-invalid={!!errs?.[i]?.defect} data-testid={`material-defect-${i}`} {...form.register(`materials.${i}.defect`)} />
                  {errs?.[i]?.defect && <span className="font-medium text-red-700">{errs[i]?.defect?.message}</span>}
                </label>
                <label className="flex flex-col gap-1 text-sm">
                  补正要求
                  <Input disabled={readOnly} maxLength={200} aria-invalid={!!errs?.[i]?.correction} data-testid={`material-correction-${i}`} {...form.register(`materials.${i}.correction`)} />
                  {errs?.[i]?.correction && <span className="font-medium text-red-700">{errs[i]?.correction?.message}</span>}
                </label>
              </div>
            )}
          </li>
        ))}
      </ol>
      {!readOnly && (
        <div>
          <Button type="submit" disabled={isSubmitting} data-testid="materials-save">{isSubmitting ? "正在保存…" : "保存核验结果"}</Button>
        </div>
      )}
    </form>
  );
}
