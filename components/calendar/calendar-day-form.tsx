"use client";

import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { upsertCalendarDayAction } from "@/lib/calendar/actions";
import { CALENDAR_FIELD_LABELS, DAY_KIND_LABELS } from "@/lib/calendar/labels";
import { CalendarDayUpsertInput } from "@/lib/calendar/schemas";

const KIND_OPTIONS = [
  { value: "false", label: DAY_KIND_LABELS.false },
  { value: "true", label: DAY_KIND_LABELS.true },
];

/** Adds or changes one date; an existing date is overwritten (the change is audited). */
export function CalendarDayForm({ defaultDate }: { defaultDate: string }) {
  const [saved, setSaved] = useState<string | null>(null);
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(upsertCalendarDayAction, CalendarDayUpsertInput, {
    formProps: { defaultValues: { date: defaultDate, isWorkingDay: false, name: "" } },
    actionProps: {
      onExecute: () => setSaved(null),
      onSuccess: ({ input }) => {
        setSaved(`已保存：${input.date} ${input.isWorkingDay ? DAY_KIND_LABELS.true : DAY_KIND_LABELS.false}（${input.name}）`);
        form.reset({ date: input.date, isWorkingDay: input.isWorkingDay, name: "" });
      },
    },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-4" data-testid="calendar-day-form">
      <FormError message={formError} />
      {saved && <Alert tone="success" data-testid="calendar-day-saved">{saved}</Alert>}
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField label={CALENDAR_FIELD_LABELS.date} error={errors.date?.message} required>
          <Input type="date" data-testid="calendar-day-date" {...form.register("date")} />
        </FormField>
        <FormField label={CALENDAR_FIELD_LABELS.isWorkingDay} error={errors.isWorkingDay?.message} required>
          <Select options={KIND_OPTIONS} data-testid="calendar-day-kind" {...form.register("isWorkingDay", { setValueAs: (v) => v === true || v === "true" })} />
        </FormField>
        <FormField label={CALENDAR_FIELD_LABELS.name} error={errors.name?.message} required>
          <Input maxLength={40} placeholder="如：春节、国庆节调休上班" data-testid="calendar-day-name" {...form.register("name")} />
        </FormField>
      </div>
      <div>
        <Button type="submit" disabled={isSubmitting} data-testid="calendar-day-submit">{isSubmitting ? "正在保存…" : "保存"}</Button>
      </div>
    </form>
  );
}
