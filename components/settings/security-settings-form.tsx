"use client";

import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { ROLE_LABELS } from "@/lib/accounts/labels";
import { updateSecuritySettingsAction } from "@/lib/settings/actions";
import { SecuritySettingsInput } from "@/lib/settings/schemas";

const ROLES = ["CLERK", "REVIEWER", "ADMIN"] as const;

export function SecuritySettingsForm({ initial }: { initial: SecuritySettingsInput }) {
  const [saved, setSaved] = useState(false);
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(updateSecuritySettingsAction, SecuritySettingsInput, {
    formProps: { defaultValues: initial },
    actionProps: { onExecute: () => setSaved(false), onSuccess: () => setSaved(true) },
  });
  return (
    <form onSubmit={handleSubmitWithAction} className="flex flex-col gap-4">
      {saved && <Alert tone="success">已保存。</Alert>}
      <FormError message={formError} />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-sm font-medium text-slate-700">角色</legend>
        {ROLES.map((role) => (
          <Checkbox key={role} value={role} label={ROLE_LABELS[role]} data-testid={`totp-role-${role}`} {...form.register("totpRequiredRoles")} />
        ))}
      </fieldset>
      <div>
        <Button type="submit" disabled={isSubmitting} data-testid="settings-submit">{isSubmitting ? "正在保存…" : "保存"}</Button>
      </div>
    </form>
  );
}
