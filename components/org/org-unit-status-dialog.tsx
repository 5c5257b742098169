"use client";

import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { deactivateOrgUnitAction, reactivateOrgUnitAction } from "@/lib/org/actions";
import { OrgUnitStatusInput } from "@/lib/org/schemas";

type Unit = { id: string; version: number; code: string; name: string; active: boolean };

/** 停用 / 启用 with a confirmation; the service's refusal (people, users or sub-units left) is shown in the dialog. */
export function OrgUnitStatusDialog({ unit }: { unit: Unit }) {
  const [open, setOpen] = useState(false);
  const verb = unit.active ? "停用" : "启用";
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant={unit.active ? "danger" : "secondary"} size="sm" data-testid={`org-status-${unit.code}`}>
          {verb}
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`${verb}单位`}
        description={
          unit.active
            ? `确定停用“${unit.name}”吗？停用后不能再在该单位下新增人员和账号。单位仍有人员、在用账号或下级单位时不能停用。`
            : `确定重新启用“${unit.name}”吗？`
        }
      >
        <StatusForm unit={unit} verb={verb} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

function StatusForm({ unit, verb, onDone }: { unit: Unit; verb: string; onDone: () => void }) {
  const action = unit.active ? deactivateOrgUnitAction : reactivateOrgUnitAction;
  const { handleSubmitWithAction, formError, isSubmitting } = useActionForm(action, OrgUnitStatusInput, {
    formProps: { defaultValues: { id: unit.id, version: unit.version } },
    actionProps: { onSuccess: onDone },
  });
  return (
    <form onSubmit={handleSubmitWithAction} noValidate>
      <FormError message={formError} data-testid="org-status-error" />
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="secondary">取消</Button>
        </DialogClose>
        <Button type="submit" variant={unit.active ? "danger" : "primary"} disabled={isSubmitting} data-testid="org-status-confirm">
          {isSubmitting ? "正在处理…" : `确定${verb}`}
        </Button>
      </DialogFooter>
    </form>
  );
}
