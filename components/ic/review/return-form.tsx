"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { returnChangeSetAction } from "@/lib/ic/change-sets/actions";
import { returnProfileAction } from "@/lib/ic/review/actions";
import { DEFECT_FIELD_OPTIONS } from "@/lib/ic/review/defect-fields";
import { Defects } from "@/lib/ic/review/schemas";
import { ActionMessage } from "@/components/forms/action-message";

const FormSchema = z.object({ defects: Defects });
type FormValues = z.input<typeof FormSchema>;

export type ReturnTarget = { kind: "profile"; profileId: string; version: number } | { kind: "changeSet"; changeSetId: string; version: number };

/**
 * §3.1.4: a return carries a defect list — which field and why, at least one row — so the
 * collector knows exactly what to correct. The same list validates here and in the action.
 */
export function ReturnForm({ target, testIdPrefix = "review" }: { target: ReturnTarget; testIdPrefix?: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const form = useForm<FormValues>({ resolver: zodResolver(FormSchema), defaultValues: { defects: [{ field: "" as never, reason: "" }] } });
  const rows = useFieldArray({ control: form.control, name: "defects" });
  const done = { onSuccess: () => { setOpen(false); form.reset(); router.refresh(); } };
  const profile = useAction(returnProfileAction, done);
  const changeSet = useAction(returnChangeSetAction, done);
  const busy = profile.isExecuting || changeSet.isExecuting;
  const tid = (s: string) => `${testIdPrefix}-${s}`;

  if (!open) {
    return (
      <Button variant="danger" onClick={() => setOpen(true)} data-testid={`${testIdPrefix}-action-return`}>
        退回
      </Button>
    );
  }
  const onSubmit = form.handleSubmit(({ defects }) => {
    const parsed = Defects.parse(defects);
    if (target.kind === "profile") profile.execute({ profileId: target.profileId, version: target.version, defects: parsed });
    else changeSet.execute({ changeSetId: target.changeSetId, version: target.version, defects: parsed });
  });
  const errors = form.formState.errors.defects;
  return (
    <form onSubmit={onSubmit} noValidate className="flex w-full flex-col gap-3 rounded-md border border-red-200 bg-red-50/40 p-4" data-testid={tid("return-form")}>
      <p className="text-sm text-slate-700">逐条列出问题（问题项 + 原因），提交后退回采集人修改。</p>
      {rows.fields.map((row, i) => (
        <div key={row.id} className="grid gap-3 sm:grid-cols-[14rem_1fr_auto] sm:items-end">
          <FormField label={`问题项 ${i + 1}`} error={errors?.[i]?.field?.message}>
            <Select placeholder="请选择" options={DEFECT_FIELD_OPTIONS} data-testid={tid(`defect-field-${i}`)} {...form.register(`defects.${i}.field`)} />
          </FormField>
          <FormField label="退回原因" error={errors?.[i]?.reason?.message}>
            <Input maxLength={200} data-testid={tid(`defect-reason-${i}`)} {...form.register(`defects.${i}.reason`)} />
          </FormField>
          <Button type="button" variant="ghost" size="sm" disabled={rows.fields.length === 1} onClick={() => rows.remove(i)}>删除</Button>
        </div>
      ))}
      {errors?.root?.message && <p className="text-sm text-red-700">{errors.root.message}</p>}
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" size="sm" onClick={() => rows.append({ field: "" as never, reason: "" })} data-testid={tid("defect-add")}>
          增加一条问题
        </Button>
        <Button type="submit" variant="danger" size="sm" disabled={busy} data-testid={tid("submit")}>
          {busy ? "正在退回…" : "确认退回"}
        </Button>
        <Button type="button" variant="ghost" size="sm" onClick={() => setOpen(false)}>取消</Button>
      </div>
      <ActionMessage error={profile.result.serverError ?? changeSet.result.serverError} />
    </form>
  );
}
