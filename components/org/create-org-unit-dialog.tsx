"use client";

import { useState } from "react";
import { Plus } from "lucide-react";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { createOrgUnitAction } from "@/lib/org/actions";
import { ORG_FIELD_LABELS, ORG_LEVEL_LABELS, ORG_SUBTYPE_LABELS } from "@/lib/org/labels";
import { OrgUnitCreateInput } from "@/lib/org/schemas";
import type { OrgPage } from "@/lib/org/queries";

type ChildForm = NonNullable<OrgPage["childForm"]>;

export function CreateOrgUnitDialog({ childForm }: { childForm: ChildForm }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button data-testid="org-create-open">
          <Plus className="size-4" aria-hidden="true" />
          新增下级单位
        </Button>
      </DialogTrigger>
      <DialogContent title="新增下级单位" description={`在“${childForm.parentName}”下新增${ORG_LEVEL_LABELS[childForm.level]}单位`}>
        {/* Mounted only while open, so every opening starts from a blank form. */}
        <CreateOrgUnitForm childForm={childForm} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

function CreateOrgUnitForm({ childForm, onDone }: { childForm: ChildForm; onDone: () => void }) {
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(createOrgUnitAction, OrgUnitCreateInput, {
    formProps: {
      defaultValues: {
        parentId: childForm.parentId, code: childForm.codePrefix, name: "", subtype: undefined,
        hasServiceHall: false, address: "", officePhone: "",
      },
    },
    actionProps: { onSuccess: onDone },
  });
  const { register, formState: { errors } } = form;
  const subtypeOptions = childForm.subtypes.map((s) => ({ value: s, label: ORG_SUBTYPE_LABELS[s] }));
  const codeHint = childForm.codePrefix
    ? `${childForm.codeLength}位统计用区划代码，以上级代码 ${childForm.codePrefix} 开头`
    : `${childForm.codeLength}位统计用区划代码`;

  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-4">
      <FormError message={formError ?? errors.parentId?.message} />
      <FormField label={ORG_FIELD_LABELS.code} hint={codeHint} error={errors.code?.message} required>
        <Input inputMode="numeric" maxLength={childForm.codeLength} autoComplete="off" data-testid="org-code" {...register("code")} />
      </FormField>
      <FormField label={ORG_FIELD_LABELS.name} error={errors.name?.message} required>
        <Input autoComplete="off" data-testid="org-name" {...register("name")} />
      </FormField>
      {subtypeOptions.length > 0 && (
        <FormField label={ORG_FIELD_LABELS.subtype} error={errors.subtype?.message} required={childForm.level === "VILLAGE"}>
          <Select
            placeholder="请选择"
            options={subtypeOptions}
            data-testid="org-subtype"
            {...register("subtype", { setValueAs: (v: string) => v || undefined })}
          />
        </FormField>
      )}
      <Checkbox label={ORG_FIELD_LABELS.hasServiceHall} data-testid="org-hall" {...register("hasServiceHall")} />
      <FormField label={ORG_FIELD_LABELS.address} error={errors.address?.message}>
        <Input autoComplete="off" data-testid="org-address" {...register("address")} />
      </FormField>
      <FormField label={ORG_FIELD_LABELS.officePhone} hint="如 0532-88886666" error={errors.officePhone?.message}>
        <Input type="tel" autoComplete="off" data-testid="org-phone" {...register("officePhone")} />
      </FormField>
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="secondary">取消</Button>
        </DialogClose>
        <Button type="submit" disabled={isSubmitting} data-testid="org-submit">
          {isSubmitting ? "正在保存…" : "保存"}
        </Button>
      </DialogFooter>
    </form>
  );
}
