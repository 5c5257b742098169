"use client";

import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { updateOrgUnitAction } from "@/lib/org/actions";
import { ORG_FIELD_LABELS } from "@/lib/org/labels";
import { OrgUnitUpdateInput } from "@/lib/org/schemas";

export type EditableUnit = {
  id: string;
  version: number;
  code: string;
  name: string;
  hasServiceHall: boolean;
  address: string | null;
  officePhone: string | null;
};

export function EditOrgUnitDialog({ unit }: { unit: EditableUnit }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm" data-testid={`org-edit-${unit.code}`}>
          编辑
        </Button>
      </DialogTrigger>
      <DialogContent title="编辑单位" description={`单位代码 ${unit.code}（代码不可修改）`}>
        {/* Mounted per opening, so the form starts from the unit's current values and version. */}
        <EditOrgUnitForm unit={unit} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

function EditOrgUnitForm({ unit, onDone }: { unit: EditableUnit; onDone: () => void }) {
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(updateOrgUnitAction, OrgUnitUpdateInput, {
    formProps: {
      defaultValues: {
        id: unit.id, version: unit.version, name: unit.name, hasServiceHall: unit.hasServiceHall,
        address: unit.address ?? "", officePhone: unit.officePhone ?? "",
      },
    },
    actionProps: { onSuccess: onDone },
  });
  const { register, formState: { errors } } = form;

  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-4">
      <FormError message={formError} />
      <FormField label={ORG_FIELD_LABELS.name} error={errors.name?.message} required>
        <Input autoComplete="off" data-testid="org-name" {...register("name")} />
      </FormField>
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
