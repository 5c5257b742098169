"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFieldArray, useWatch, type Control, type FieldValues, type UseFormRegister } from "react-hook-form";
import { Plus, Trash2 } from "lucide-react";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { bankAccountWarnings } from "@/lib/core/validators/money-bank";
import type { ProfileGroupKey } from "@/lib/generated/prisma/enums";
import { GROUPS } from "@/lib/ic/groups/index";
import { saveProfileGroupAction } from "@/lib/ic/profile-actions";
import { SaveProfileGroupInput } from "@/lib/ic/profile-schemas";
import { GroupField } from "./group-field";
import { blankItem, errorAt, toFormValues } from "./form-values";

export type GroupFormProps = {
  profileId: string;
  version: number;
  group: ProfileGroupKey;
  data?: Record<string, unknown>;
  markedNone: boolean;
  /** IC-04: whether "无" is an acceptable answer for this person. */
  noneAllowed: boolean;
  /** DRAFT/RETURNED and the user may write; otherwise the form is read-only (IC-09). */
  editable: boolean;
  /** IC-05 gaps from the server's assessment, by path inside the document. */
  pending: Record<string, string>;
  bankAccountMasked?: string;
};

/**
 * One content group as a react-hook-form form validated by the group's own schema (the same one
 * the action and the service use). 保存草稿 saves whatever is valid so far; 标记为“无” records
 * "nothing to report" (IC-04) and clears the group. The profile version comes back from each save
 * so the next save is not mistaken for a stale one.
 */
export function GroupForm(props: GroupFormProps) {
  const { profileId, group, editable, noneAllowed, pending, bankAccountMasked } = props;
  const def = GROUPS[group];
  const router = useRouter();
  const [saved, setSaved] = useState<string | null>(null);
  const defaults = { profileId, version: props.version, group, markedNone: false, clearBankAccount: false, data: toFormValues(def, props.data) };
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(saveProfileGroupAction, SaveProfileGroupInput, {
    formProps: { defaultValues: defaults as never },
    actionProps: {
      onExecute: () => setSaved(null),
      onSuccess: ({ data }) => {
        const none = form.getValues("markedNone");
        setSaved(none ? "已标记为“无”。" : `已保存。信息完整度 ${data.completeness}%`);
        const values = form.getValues() as unknown as typeof defaults;
        form.reset({ ...values, version: data.version, markedNone: false, clearBankAccount: false, data: none ? toFormValues(def, {}) : values.data } as never);
        router.refresh();
      },
    },
  });
  const register = form.register as unknown as UseFormRegister<FieldValues>;
  const control = form.control as unknown as Control<FieldValues>;
  const errors = form.formState.errors;
  const items = useFieldArray({ control, name: "data.items" });
  const account = useWatch({ control, name: "data.bankInfo.accountNo" }) as string | undefined;
  const current = useWatch({ control, name: "data" });

  const markNone = () => {
    // Only ask when something would be lost; an untouched group is simply answered with 无.
    if (hasContent(form.getValues("data" as never)) && !window.confirm("标记为“无”将清空本组已填写的内容，确定吗？")) return false;
    form.setValue("markedNone" as never, true as never);
    form.setValue("data" as never, toFormValues(def, {}) as never);
    return true;
  };

  const fieldProps = (name: string, itemPrefix = "") => {
    const path = `data.${itemPrefix}${name}`;
    const docPath = `${itemPrefix}${name}`;
    let extraHint: React.ReactNode;
    if (group === "BASIC" && name === "bankInfo.accountNo") {
      const warn = account ? bankAccountWarnings(account)[0] : undefined;
      extraHint = <>{bankAccountMasked && <>当前：{bankAccountMasked}，留空表示不修改。</>}{warn && <span className="text-amber-800">{warn}</span>}</>;
    }
    // A "请填写" gap the clerk has just filled is no longer news; cross-field messages stay until saved.
    const gap = pending[docPath];
    const stale = gap?.startsWith("请填写") && hasContent(valueAt(current, `${itemPrefix}${name}`));
    return { path, register, error: errorAt(errors, path), pending: stale ? undefined : gap, extraHint, disabled: !editable };
  };

  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-5" data-testid={`ic-group-form-${group}`}>
      {def.description && <p className="text-sm text-slate-600">{def.description}</p>}
      <FormError message={formError ?? errorAt(errors, "markedNone") ?? errorAt(errors, "group")} data-testid="ic-group-error" />
      {saved && <Alert tone="success" data-testid="ic-group-saved">{saved}</Alert>}
      {props.markedNone && <Alert tone="info" data-testid="ic-group-marked-none">本组已标记为“无”（无相关情况）。如有情况，填写后保存即可。</Alert>}
      {pending.markedNone && <Alert tone="warning">{pending.markedNone}</Alert>}
      {!editable && <Alert tone="info">档案已提交审核或已审核通过，此处只读。如需更正，请发起信息变更申请。</Alert>}

      {def.list ? (
        <div className="flex flex-col gap-4">
          {items.fields.length === 0 && <p className="text-sm text-slate-600">尚无记录。</p>}
          {items.fields.map((item, i) => (
            <fieldset key={item.id} className="rounded-md border border-slate-200 p-4" data-testid={`ic-item-${i}`}>
              <legend className="px-1 text-sm font-semibold text-slate-800">第 {i + 1} 条</legend>
              <div className="grid gap-4 sm:grid-cols-2">
                {def.fields.map((f) => <GroupField key={f.name} def={f} {...fieldProps(f.name, `items.${i}.`)} />)}
              </div>
              {editable && (
                <div className="mt-3 text-right">
                  <Button type="button" variant="ghost" size="sm" onClick={() => items.remove(i)} data-testid={`ic-item-remove-${i}`}>
                    <Trash2 className="size-4" aria-hidden="true" />删除此条
                  </Button>
                </div>
              )}
            </fieldset>
          ))}
          {editable && (
            <div>
              <Button type="button" variant="secondary" size="sm" onClick={() => items.append(blankItem(def))} data-testid="ic-item-add">
                <Plus className="size-4" aria-hidden="true" />添加一条
              </Button>
            </div>
          )}
        </div>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          {def.fields.map((f) => <GroupField key={f.name} def={f} {...fieldProps(f.name)} />)}
          {group === "BASIC" && bankAccountMasked && editable && (
            <div className="sm:col-span-2">
              <Checkbox label="清除已登记的银行账号" data-testid="ic-f-clearBankAccount" {...register("clearBankAccount")} />
            </div>
          )}
        </div>
      )}

      {editable && (
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={isSubmitting} onClick={() => form.setValue("markedNone" as never, false as never)} data-testid="ic-group-save">
            {isSubmitting ? "正在保存…" : "保存草稿"}
          </Button>
          {noneAllowed && (
            <Button type="submit" variant="secondary" disabled={isSubmitting} onClick={(e) => { if (!markNone()) e.preventDefault(); }} data-testid="ic-group-none">
              标记为“无”
            </Button>
          )}
        </div>
      )}
    </form>
  );
}

function valueAt(doc: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined), doc);
}

function hasContent(v: unknown): boolean {
  if (typeof v === "string") return v.trim() !== "";
  if (Array.isArray(v)) return v.length > 0;
  if (v && typeof v === "object") return Object.entries(v).some(([k, x]) => k !== "key" && hasContent(x));
  return false;
}
