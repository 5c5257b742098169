"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { updateRosterDayAction } from "@/lib/hall/duty/actions";
import { RosterDayInput } from "@/lib/hall/duty/schemas";

type Option = { id: string; label: string };

/** Edits one day's duty staff and covered windows (≥1 each, HALL-11). */
export function RosterDayEditor({ id, version, date, dutyUserIds, windowIds, staff, windows }: {
  id: string; version: number; date: string; dutyUserIds: string[]; windowIds: string[]; staff: Option[]; windows: Option[];
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(updateRosterDayAction, RosterDayInput, {
    formProps: { defaultValues: { id, version, dutyUserIds, windowIds } },
    actionProps: { onSuccess: () => { setOpen(false); router.refresh(); } },
  });
  const duty = form.watch("dutyUserIds") ?? [];
  const covered = form.watch("windowIds") ?? [];
  const toggle = (name: "dutyUserIds" | "windowIds", list: string[], value: string, on: boolean) =>
    form.setValue(name, on ? [...list, value] : list.filter((x) => x !== value), { shouldValidate: form.formState.isSubmitted });
  const { errors } = form.formState;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" variant="ghost" data-testid={`roster-edit-${date}`}>调整</Button>
      </DialogTrigger>
      <DialogContent title={`调整 ${date} 午间值班`}>
        <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-4" data-testid="roster-day-form">
          <FormError message={formError} />
          <fieldset>
            <legend className="mb-1 text-sm font-medium text-slate-800">值班人员（至少1人）</legend>
            <div className="grid gap-x-4 sm:grid-cols-2">
              {staff.map((s) => <Checkbox key={s.id} label={s.label} checked={duty.includes(s.id)} onChange={(e) => toggle("dutyUserIds", duty, s.id, e.target.checked)} />)}
            </div>
            {(errors.dutyUserIds?.message ?? errors.dutyUserIds?.root?.message) && <p className="text-sm font-medium text-red-700">{errors.dutyUserIds?.message ?? errors.dutyUserIds?.root?.message}</p>}
          </fieldset>
          <fieldset>
            <legend className="mb-1 text-sm font-medium text-slate-800">值班窗口（至少1个）</legend>
            <div className="grid gap-x-4 sm:grid-cols-2">
              {windows.map((w) => <Checkbox key={w.id} label={w.label} checked={covered.includes(w.id)} onChange={(e) => toggle("windowIds", covered, w.id, e.target.checked)} />)}
            </div>
            {(errors.windowIds?.message ?? errors.windowIds?.root?.message) && <p className="text-sm font-medium text-red-700">{errors.windowIds?.message ?? errors.windowIds?.root?.message}</p>}
          </fieldset>
          <DialogFooter>
            <Button type="submit" disabled={isSubmitting} data-testid="roster-day-save">{isSubmitting ? "正在保存…" : "保存"}</Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
