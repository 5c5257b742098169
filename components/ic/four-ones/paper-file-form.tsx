"use client";

import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { savePaperFileAction } from "@/lib/ic/four-ones/actions";
import { PaperFileInput, type PaperFileLocation } from "@/lib/ic/four-ones/schemas";

type Props = {
  profileId: string;
  value: PaperFileLocation | null;
  custodianOptions: { value: string; label: string }[];
  readOnly: boolean;
};

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** IC-07: 保管单位 / 档案室 / 柜号 / 盒号 / 件号 / 最近核查日期. */
export function PaperFileForm({ profileId, value, custodianOptions, readOnly }: Props) {
  const [saved, setSaved] = useState(false);
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(savePaperFileAction, PaperFileInput, {
    formProps: {
      defaultValues: {
        profileId,
        custodianOrgUnitId: value?.custodianOrgUnitId ?? custodianOptions[0]?.value ?? "",
        room: value?.room ?? "",
        cabinetNo: value?.cabinetNo ?? "",
        boxNo: value?.boxNo ?? "",
        itemNo: value?.itemNo ?? "",
        lastCheckedOn: value?.lastCheckedOn ?? today(),
      },
    },
    actionProps: { onExecute: () => setSaved(false), onSuccess: () => setSaved(true) },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-3" data-testid="paper-file-form">
      <FormError message={formError} />
      {saved && <Alert tone="success">纸质档案存放位置已保存。</Alert>}
      <fieldset disabled={readOnly} className="grid gap-3 sm:grid-cols-3">
        <FormField label="保管单位" error={errors.custodianOrgUnitId?.message} required>
          <Select options={custodianOptions} {...form.register("custodianOrgUnitId")} />
        </FormField>
        <FormField label="档案室" error={errors.room?.message} required>
          <Input maxLength={30} data-testid="paper-room" {...form.register("room")} />
        </FormField>
        <FormField label="最近核查日期" error={errors.lastCheckedOn?.message} required>
          <Input type="date" {...form.register("lastCheckedOn")} />
        </FormField>
        <FormField label="柜号" error={errors.cabinetNo?.message} required>
          <Input maxLength={10} data-testid="paper-cabinet" {...form.register("cabinetNo")} />
        </FormField>
        <FormField label="盒号" error={errors.boxNo?.message} required>
          <Input maxLength={10} data-testid="paper-box" {...form.register("boxNo")} />
        </FormField>
        <FormField label="件号" error={errors.itemNo?.message} required>
          <Input maxLength={10} data-testid="paper-item" {...form.register("itemNo")} />
        </FormField>
      </fieldset>
      {!readOnly && (
        <div>
          <Button type="submit" disabled={isSubmitting} data-testid="paper-save">{isSubmitting ? "正在保存…" : "保存存放位置"}</Button>
        </div>
      )}
    </form>
  );
}
