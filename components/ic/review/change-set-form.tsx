"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { FormProvider } from "react-hook-form";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { createChangeSetAction } from "@/lib/ic/change-sets/actions";
import { CORE_GROUP_KEYS, ChangeSetCreateInput, type CoreGroupKey } from "@/lib/ic/change-sets/schemas";
import { GROUPS } from "@/lib/ic/groups";
import { CATEGORY_LABELS } from "@/lib/ic/labels";
import type { SubjectCategory } from "@/lib/generated/prisma/enums";
import { GroupFields } from "./group-fields";

export type ChangeComposeProps = {
  profileId: string;
  name: string;
  categories: SubjectCategory[];
  primaryCategory: SubjectCategory;
  otherCategoryNote: string | null;
  groups: Partial<Record<CoreGroupKey, { data: Record<string, unknown>; markedNone: boolean }>>;
};

const CATEGORY_OPTIONS = Object.entries(CATEGORY_LABELS).map(([value, label]) => ({ value, label }));
const GROUP_OPTIONS = CORE_GROUP_KEYS.map((k) => ({ value: k, label: GROUPS[k].label }));

/**
 * IC-09: name, categories and at most one core group per change set, each starting from the live
 * values. Nothing changes on the profile until the city approves; the reason is required.
 */
export function ChangeSetForm(p: ChangeComposeProps) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(createChangeSetAction, ChangeSetCreateInput, {
    formProps: {
      defaultValues: {
        profileId: p.profileId, summary: "", name: "", changeCategories: false, categories: p.categories,
        primaryCategory: p.primaryCategory, otherCategoryNote: p.otherCategoryNote ?? "", groupKey: "", groupMarkedNone: false,
      },
    },
    actionProps: { onSuccess: () => router.push(`/ic/${p.profileId}?tab=REVIEW`) },
  });
  const { errors } = form.formState;
  const changeCategories = form.watch("changeCategories");
  const groupKey = form.watch("groupKey") as CoreGroupKey | "";
  const markedNone = form.watch("groupMarkedNone");

  // Each group starts from its live document, so the clerk edits rather than retypes.
  useEffect(() => {
    const live = groupKey ? p.groups[groupKey] : undefined;
    const data = live?.data ?? {};
    form.setValue("groupData", groupKey && GROUPS[groupKey].list ? { ...data, items: Array.isArray(data.items) ? data.items : [] } : data);
    form.setValue("groupMarkedNone", false);
  }, [groupKey, p.groups, form]);

  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-5" data-testid="change-set-form">
      <FormError message={formError} />
      <FormField label="变更原因" required error={errors.summary?.message}>
        <Input maxLength={200} data-testid="change-summary" {...form.register("summary")} />
      </FormField>
      <FormField label="姓名" error={errors.name?.message} hint={`当前：${p.name}；不修改请留空`}>
        <Input maxLength={30} data-testid="change-name" {...form.register("name")} />
      </FormField>

      <fieldset className="flex flex-col gap-3 rounded-md border border-slate-200 p-4">
        <legend className="px-1 font-medium">人员类别</legend>
        <Checkbox label="修改人员类别" data-testid="change-categories-toggle" {...form.register("changeCategories")} />
        {changeCategories && (
          <>
            <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-3">
              {CATEGORY_OPTIONS.map((o) => <Checkbox key={o.value} value={o.value} label={o.label} {...form.register("categories")} />)}
            </div>
            {errors.categories?.message && <p className="text-sm text-red-700">{errors.categories.message}</p>}
            <div className="grid gap-4 sm:grid-cols-2">
              <FormField label="主类别" required error={errors.primaryCategory?.message}>
                <Select placeholder="请选择" options={CATEGORY_OPTIONS} {...form.register("primaryCategory")} />
              </FormField>
              <FormField label="其他人员说明" error={errors.otherCategoryNote?.message} hint="选择“其他人员”时必填">
                <Input maxLength={200} {...form.register("otherCategoryNote")} />
              </FormField>
            </div>
          </>
        )}
      </fieldset>

      <fieldset className="flex flex-col gap-3 rounded-md border border-slate-200 p-4">
        <legend className="px-1 font-medium">信息组（每次一组）</legend>
        <FormField label="要修改的信息组" hint="不修改信息组请留空">
          <Select placeholder="不修改" options={GROUP_OPTIONS} data-testid="change-group" {...form.register("groupKey")} />
        </FormField>
        {groupKey && <Checkbox label="本组标记为“无”（无可填报内容）" {...form.register("groupMarkedNone")} />}
        {groupKey && !markedNone && <FormProvider {...form}><GroupFields key={groupKey} groupKey={groupKey} /></FormProvider>}
      </fieldset>

      <Alert tone="info">提交后进入初审；档案在市级审核通过前保持原值。联系方式请在人员信息中直接修改，户籍迁移请使用“档案迁移”。</Alert>
      <div><Button type="submit" disabled={isSubmitting} data-testid="change-submit">{isSubmitting ? "正在提交…" : "提交变更申请"}</Button></div>
    </form>
  );
}
