"use client";

import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { updatePersonContactAction } from "@/lib/persons/actions";
import { PERSON_FIELD_LABELS as L } from "@/lib/persons/labels";
import { PersonContactUpdateInput } from "@/lib/persons/schemas";

export type ContactFormProps = {
  personId: string;
  version: number;
  residenceAddress: string | null;
  mobileMasked: string | null;
  hasLandline: boolean;
};

/**
 * Contact fields with optimistic locking: a stale version comes back as a Conflict whose
 * Chinese message is shown above the form. Phone numbers are never sent to the browser unmasked
 * without a reveal, so they are re-entered in full here.
 */
export function ContactForm({ personId, version, residenceAddress, mobileMasked, hasLandline }: ContactFormProps) {
  const [saved, setSaved] = useState(false);
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(updatePersonContactAction, PersonContactUpdateInput, {
    formProps: { defaultValues: { id: personId, version, mobile: "", landline: "", clear: [], residenceAddress: residenceAddress ?? "" } },
    actionProps: {
      onExecute: () => setSaved(false),
      onSuccess: ({ input }) => {
        setSaved(true);
        // The service bumps the version by exactly one; the next save must carry it.
        form.reset({ ...input, mobile: "", landline: "", clear: [], version: input.version + 1 });
      },
    },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-4" data-testid="contact-form">
      <FormError message={formError} data-testid="contact-error" />
      {saved && <Alert tone="success" data-testid="contact-saved">联系方式已保存。</Alert>}
      <Alert tone="info">
        为保护个人信息，电话号码不预先填入。留空表示不修改；如需删除某个号码，请勾选“清除”。手机号码和固定电话至少保留一项。
      </Alert>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={L.mobile} error={errors.mobile?.message} hint={mobileMasked ? `当前：${mobileMasked}` : "当前未登记"}>
          <Input inputMode="tel" maxLength={20} autoComplete="off" data-testid="contact-mobile" {...form.register("mobile")} />
        </FormField>
        <FormField label={L.landline} error={errors.landline?.message} hint={hasLandline ? "当前已登记（已隐藏）" : "当前未登记"}>
          <Input inputMode="tel" maxLength={25} autoComplete="off" data-testid="contact-landline" {...form.register("landline")} />
        </FormField>
        <div className="flex flex-wrap gap-6 sm:col-span-2">
          <Checkbox value="mobile" label="清除手机号码" data-testid="contact-clear-mobile" {...form.register("clear")} />
          <Checkbox value="landline" label="清除固定电话" data-testid="contact-clear-landline" {...form.register("clear")} />
        </div>
        <FormField label={L.residenceAddress} error={errors.residenceAddress?.message} className="sm:col-span-2">
          <Input maxLength={120} data-testid="contact-residenceAddress" {...form.register("residenceAddress")} />
        </FormField>
      </div>
      <div>
        <Button type="submit" disabled={isSubmitting} data-testid="contact-submit">{isSubmitting ? "正在保存…" : "保存联系方式"}</Button>
      </div>
    </form>
  );
}
