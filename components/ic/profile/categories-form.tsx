"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { SubjectCategory } from "@/lib/generated/prisma/enums";
import { updateCategoriesAction } from "@/lib/ic/profile-actions";
import { UpdateCategoriesInput } from "@/lib/ic/profile-schemas";
import { CategoryFields } from "./category-fields";

export type CategoriesFormProps = {
  profileId: string;
  version: number;
  categories: SubjectCategory[];
  primaryCategory: SubjectCategory;
  otherCategoryNote: string | null;
};

/** Categories decide the groups and the checklist (IC-03/IC-04); they change in place only before submission (IC-09). */
export function CategoriesForm(props: CategoriesFormProps) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(updateCategoriesAction, UpdateCategoriesInput, {
    formProps: {
      defaultValues: {
        profileId: props.profileId, version: props.version, categories: props.categories,
        primaryCategory: props.primaryCategory, otherCategoryNote: props.otherCategoryNote ?? "",
      } as never,
    },
    actionProps: {
      onExecute: () => setSaved(false),
      onSuccess: ({ data }) => {
        setSaved(true);
        form.reset({ ...form.getValues(), version: data.version } as never);
        router.refresh();
      },
    },
  });
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-4" data-testid="ic-categories-form">
      <FormError message={formError} />
      {saved && <Alert tone="success" data-testid="ic-categories-saved">人员类别已更新，信息组和材料清单已按新类别调整。</Alert>}
      <CategoryFields form={form as unknown as UseFormReturn<FieldValues>} />
      <div>
        <Button type="submit" variant="secondary" disabled={isSubmitting} data-testid="ic-categories-save">{isSubmitting ? "正在保存…" : "保存人员类别"}</Button>
      </div>
    </form>
  );
}
