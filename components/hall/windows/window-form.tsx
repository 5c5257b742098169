"use client";

import { useRouter } from "next/navigation";
import type { UseFormReturn } from "react-hook-form";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { createWindowAction, updateWindowAction } from "@/lib/hall/windows/actions";
import { WindowCreateInput, WindowUpdateInput } from "@/lib/hall/windows/schemas";
import { WindowFields, type ItemOption, type WindowFormValues } from "./window-fields";

const EMPTY: WindowFormValues = { windowNo: "", name: "", serviceItemCodes: [], isProxyWindow: false, isIntegrated: false };

export function WindowCreateForm({ orgUnitId, items }: { orgUnitId: string; items: ItemOption[] }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(createWindowAction, WindowCreateInput, {
    formProps: { defaultValues: { orgUnitId, ...EMPTY } },
    actionProps: { onSuccess: ({ data }) => data && router.push(`/hall/windows/${data.id}`) },
  });
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex max-w-3xl flex-col gap-5" data-testid="window-create-form">
      <FormError message={formError} />
      <WindowFields form={form as unknown as UseFormReturn<WindowFormValues>} items={items} />
      <div>
        <Button type="submit" disabled={isSubmitting} data-testid="window-submit">{isSubmitting ? "正在保存…" : "保存窗口"}</Button>
      </div>
    </form>
  );
}

export function WindowEditForm({ id, version, values, items }: { id: string; version: number; values: WindowFormValues; items: ItemOption[] }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(updateWindowAction, WindowUpdateInput, {
    formProps: { defaultValues: { id, version, ...values } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex max-w-3xl flex-col gap-5" data-testid="window-edit-form">
      <FormError message={formError} />
      <WindowFields form={form as unknown as UseFormReturn<WindowFormValues>} items={items} />
      <div>
        <Button type="submit" disabled={isSubmitting} data-testid="window-submit">{isSubmitting ? "正在保存…" : "保存修改"}</Button>
      </div>
    </form>
  );
}
