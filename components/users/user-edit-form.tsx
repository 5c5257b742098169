"use client";

import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { updateUserAction } from "@/lib/accounts/actions";
import { CAPABILITY_LABELS, ROLE_LABELS, USER_FIELD_LABELS } from "@/lib/accounts/labels";
import { UserUpdateInput } from "@/lib/accounts/schemas";
import { CapabilityCheckboxes, type CapabilityKey } from "./capability-checkboxes";

export type EditableUser = {
  id: string;
  version: number;
  displayName: string;
  mobile: string | null;
  role: keyof typeof ROLE_LABELS;
  capabilities: CapabilityKey[];
};

type Props = { user: EditableUser; capabilities: CapabilityKey[]; isSelf: boolean };

const ROLE_OPTIONS = Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }));

/**
 * The saved notice lives here; the form below is keyed by version, so after any write to this
 * user (this form, a reset, a disable) it restarts from the server's values and new version.
 */
export function UserEditForm(props: Props) {
  const [saved, setSaved] = useState(false);
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      {saved && <Alert tone="success" data-testid="user-saved">已保存</Alert>}
      <EditForm key={props.user.version} {...props} onSaved={() => setSaved(true)} onEdit={() => setSaved(false)} />
    </div>
  );
}

function EditForm({ user, capabilities, isSelf, onSaved, onEdit }: Props & { onSaved: () => void; onEdit: () => void }) {
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(updateUserAction, UserUpdateInput, {
    formProps: {
      defaultValues: {
        id: user.id, version: user.version, displayName: user.displayName, mobile: user.mobile ?? "",
        role: user.role, capabilities: user.capabilities,
      },
    },
    actionProps: { onExecute: onEdit, onSuccess: onSaved },
  });
  const { register, formState: { errors } } = form;

  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-5">
      <FormError message={formError} />
      <FormField label={USER_FIELD_LABELS.displayName} error={errors.displayName?.message} required>
        <Input autoComplete="off" data-testid="user-display-name" {...register("displayName")} />
      </FormField>
      <FormField label={USER_FIELD_LABELS.mobile} error={errors.mobile?.message}>
        <Input type="tel" inputMode="numeric" autoComplete="off" data-testid="user-mobile" {...register("mobile")} />
      </FormField>
      {isSelf ? (
        // Not rendered as disabled inputs: react-hook-form drops disabled values; the defaults carry them.
        <Alert tone="info" title="不能修改自己的角色或职责">
          {USER_FIELD_LABELS.role}：{ROLE_LABELS[user.role]}；{USER_FIELD_LABELS.capabilities}：
          {user.capabilities.length ? user.capabilities.map((c) => CAPABILITY_LABELS[c]).join("、") : "无"}
        </Alert>
      ) : (
        <>
          <FormField label={USER_FIELD_LABELS.role} error={errors.role?.message} required>
            <Select options={ROLE_OPTIONS} data-testid="user-role" {...register("role")} />
          </FormField>
          <CapabilityCheckboxes options={capabilities} field={register("capabilities")} error={errors.capabilities?.message} />
        </>
      )}
      <div>
        <Button type="submit" disabled={isSubmitting} data-testid="user-edit-submit">
          {isSubmitting ? "正在保存…" : "保存"}
        </Button>
      </div>
    </form>
  );
}
