"use client";

import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { bulkLoadCalendarAction } from "@/lib/calendar/actions";
import { CALENDAR_FIELD_LABELS } from "@/lib/calendar/labels";
import { CalendarBulkInput } from "@/lib/calendar/schemas";

const EXAMPLE = "2027-01-01,休,元旦\n2027-02-06,班,春节调休上班";

/** Pastes a year from the State Council notice; all lines are loaded, or none (X-40). */
export function BulkLoadForm() {
  const [done, setDone] = useState<string | null>(null);
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(bulkLoadCalendarAction, CalendarBulkInput, {
    formProps: { defaultValues: { text: "" } },
    actionProps: {
      onExecute: () => setDone(null),
      onSuccess: ({ data }) => {
        setDone(`已导入 ${data.loaded} 天${data.replaced ? `（其中 ${data.replaced} 天覆盖了原有设置）` : ""}。`);
        form.reset({ text: "" });
      },
    },
  });
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-4" data-testid="calendar-bulk-form">
      <FormError message={formError} />
      {done && <Alert tone="success" data-testid="calendar-bulk-done">{done}</Alert>}
      <FormField
        label={CALENDAR_FIELD_LABELS.text}
        hint="每行一天，格式“日期,休/班,名称”，如“2027-01-01,休,元旦”。“休”为放假，“班”为调休上班；已有的日期将被覆盖。任意一行有误则全部不导入。"
        error={form.formState.errors.text?.message}
        required
      >
        <Textarea rows={10} placeholder={EXAMPLE} className="font-mono" data-testid="calendar-bulk-text" {...form.register("text")} />
      </FormField>
      <div>
        <Button type="submit" disabled={isSubmitting} data-testid="calendar-bulk-submit">{isSubmitting ? "正在导入…" : "全部导入"}</Button>
      </div>
    </form>
  );
}
