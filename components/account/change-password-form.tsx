"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { changeOwnPasswordAction } from "@/lib/accounts/actions";
import { PasswordChangeInput } from "@/lib/accounts/schemas";

const EMPTY = { currentPassword: "", newPassword: "", confirmPassword: "" };
const POLICY_HINT = "至少10位，包含大写字母、小写字母、数字、符号中的至少3类，且不能包含用户名";

/**
 * `forced`: the first-login / after-reset screen, which goes on to the workbench when done;
 * otherwise the voluntary change on 账户安全, which stays and says so.
 */
export function ChangePasswordForm({ forced = false }: { forced?: boolean }) {
  const router = useRouter();
  const [done, setDone] = useState(false);
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(changeOwnPasswordAction, PasswordChangeInput, {
    formProps: { defaultValues: EMPTY },
    actionProps: {
      onExecute: () => setDone(false),
      onSuccess: () => {
        if (forced) {
          router.replace("/");
          router.refresh();
        } else {
          form.reset(EMPTY);
          setDone(true);
        }
      },
    },
  });
  const { register, formState: { errors } } = form;

  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex max-w-md flex-col gap-5">
      {done && <Alert tone="success" data-testid="password-changed">密码已修改，下次登录请使用新密码。</Alert>}
      <FormError message={formError} />
      <FormField label="当前密码" hint={forced ? "即管理员告知您的临时密码" : undefined} error={errors.currentPassword?.message} required>
        <Input type="password" autoComplete="current-password" data-testid="password-current" {...register("currentPassword")} />
      </FormField>
      <FormField label="新密码" hint={POLICY_HINT} error={errors.newPassword?.message} required>
        <Input type="password" autoComplete="new-password" data-testid="password-new" {...register("newPassword")} />
      </FormField>
      <FormField label="确认新密码" error={errors.confirmPassword?.message} required>
        <Input type="password" autoComplete="new-password" data-testid="password-confirm" {...register("confirmPassword")} />
      </FormField>
      <div>
        <Button type="submit" disabled={isSubmitting} data-testid="password-submit" size={forced ? "lg" : "md"} className={forced ? "w-full" : undefined}>
          {isSubmitting ? "正在保存…" : "修改密码"}
        </Button>
      </div>
    </form>
  );
}
