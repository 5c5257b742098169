"use client";

import { useRouter } from "next/navigation";
import type { UseFormReturn } from "react-hook-form";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { createServiceItemAction, updateServiceItemAction } from "@/lib/hall/catalogue/actions";
import { SERVICE_ITEM_FIELD_LABELS as L } from "@/lib/hall/catalogue/labels";
import { ServiceItemCreateInput, ServiceItemUpdateInput } from "@/lib/hall/catalogue/schemas";
import { ItemFields, type ItemFormValues } from "./item-fields";

export const EMPTY_ITEM: ItemFormValues = {
  name: "", module: undefined as unknown as ItemFormValues["module"], levels: [], legalBasis: "", conditions: "", requirements: "",
  procedure: [{ title: "申请", description: "" }],
  materials: [{ name: "居民身份证", originalOrCopy: "BOTH", count: 1, mandatory: true, note: "", howToObtain: "本人持有" }],
  promisedWorkingDays: 0, statutoryWorkingDays: undefined, complaintChannel: "", consultPhone: "",
  proxyEligible: false, homeServiceEligible: false, requiresOnSiteAuthentication: false, fee: "不收费",
};

export function ServiceItemCreateForm() {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(createServiceItemAction, ServiceItemCreateInput, {
    formProps: { defaultValues: { code: "", ...EMPTY_ITEM } },
    actionProps: { onSuccess: ({ data }) => data && router.push(`/catalogue/${data.id}`) },
  });
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex max-w-3xl flex-col gap-5">
      <FormError message={formError} />
      <FormField label={L.code} hint="如 PC-001；创建后不可修改，新版本沿用同一编码" error={form.formState.errors.code?.message} required>
        <Input autoComplete="off" data-testid="item-code" {...form.register("code")} />
      </FormField>
      <ItemFields form={form as unknown as UseFormReturn<ItemFormValues>} />
      <div>
        <Button type="submit" disabled={isSubmitting} data-testid="item-submit">{isSubmitting ? "正在保存…" : "保存草稿"}</Button>
      </div>
    </form>
  );
}

/** Edits a draft in place, or (for a published/retired version) saves the edit as the next draft version. */
export function ServiceItemEditForm({ id, version, values, createsNewVersion }: { id: string; version: number; values: ItemFormValues; createsNewVersion: boolean }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(updateServiceItemAction, ServiceItemUpdateInput, {
    formProps: { defaultValues: { id, version, ...values } },
    actionProps: {
      onSuccess: ({ data }) => {
        if (data?.newVersion) router.push(`/catalogue/${data.id}`);
        else router.refresh();
      },
    },
  });
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex max-w-3xl flex-col gap-5" data-testid="item-edit-form">
      <FormError message={formError} />
      <ItemFields form={form as unknown as UseFormReturn<ItemFormValues>} />
      <div>
        <Button type="submit" disabled={isSubmitting} data-testid="item-submit">
          {isSubmitting ? "正在保存…" : createsNewVersion ? "保存为新版本草稿" : "保存修改"}
        </Button>
      </div>
    </form>
  );
}
