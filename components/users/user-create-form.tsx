"use client";

import { useState } from "react";
import Link from "next/link";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button, buttonClass } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { createUserAction } from "@/lib/accounts/actions";
import { ROLE_LABELS, USER_FIELD_LABELS } from "@/lib/accounts/labels";
import { UserCreateInput } from "@/lib/accounts/schemas";
import { CapabilityCheckboxes, type CapabilityKey } from "./capability-checkboxes";
import { TemporaryPasswordPanel } from "./temporary-password-panel";
import { unitSelectOptions } from "./unit-options";

type Props = {
  units: { id: string; name: string; level: "CITY" | "DISTRICT" | "TOWN" | "VILLAGE" }[];
  capabilities: CapabilityKey[];
};

const ROLE_OPTIONS = Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }));

export function UserCreateForm({ units, capabilities }: Props) {
  const [created, setCreated] = useState<{ id: string; username: string; temporaryPassword: string } | null>(null);
  const { form, handleSubmitWithAction, formError, isSubmitting, resetFormAndAction } = useActionForm(createUserAction, UserCreateInput, {
    formProps: { defaultValues: { username: "", displayName: "", mobile: "", orgUnitId: "", role: undefined, capabilities: [] } },
    actionProps: {
      onSuccess: ({ data, input }) => {
        if (data) setCreated({ id: data.id, username: input.username, temporaryPassword: data.temporaryPassword });
      },
    },
  });
  const { register, formState: { errors } } = form;

  if (created) {
    return (
      <div className="flex max-w-2xl flex-col gap-4">
        <TemporaryPasswordPanel title="账号已创建" username={created.username} password={created.temporaryPassword} />
        <div className="flex flex-wrap gap-3">
          <Link href="/users" className={buttonClass("primary")} data-testid="user-create-back">返回用户列表</Link>
          <Link href={`/users/${created.id}`} className={buttonClass("secondary")}>查看该用户</Link>
          <Button
            type="button"
            variant="ghost"
            onClick={() => {
              resetFormAndAction();
              setCreated(null);
            }}
          >
            继续新增
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex max-w-2xl flex-col gap-5">
      <FormError message={formError} />
      <FormField label={USER_FIELD_LABELS.username} hint="3–40位小写字母、数字、下划线或点，以字母开头；创建后不可修改" error={errors.username?.message} required>
        <Input autoComplete="off" autoCapitalize="none" spellCheck={false} data-testid="user-username" {...register("username")} />
      </FormField>
      <FormField label={USER_FIELD_LABELS.displayName} error={errors.displayName?.message} required>
        <Input autoComplete="off" data-testid="user-display-name" {...register("displayName")} />
      </FormField>
      <FormField label={USER_FIELD_LABELS.mobile} error={errors.mobile?.message}>
        <Input type="tel" inputMode="numeric" autoComplete="off" data-testid="user-mobile" {...register("mobile")} />
      </FormField>
      <FormField label={USER_FIELD_LABELS.orgUnitId} error={errors.orgUnitId?.message} required>
        <Select placeholder="请选择" options={unitSelectOptions(units)} data-testid="user-unit" {...register("orgUnitId")} />
      </FormField>
      <FormField label={USER_FIELD_LABELS.role} error={errors.role?.message} required>
        <Select placeholder="请选择" options={ROLE_OPTIONS} data-testid="user-role" {...register("role")} />
      </FormField>
      <CapabilityCheckboxes options={capabilities} field={register("capabilities")} error={errors.capabilities?.message} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isSubmitting} data-testid="user-create-submit">
          {isSubmitting ? "正在创建…" : "创建账号"}
        </Button>
        <Link href="/users" className={buttonClass("secondary")}>取消</Link>
      </div>
    </form>
  );
}
