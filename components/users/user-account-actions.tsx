"use client";

import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { disableUserAction, enableUserAction, resetUserPasswordAction } from "@/lib/accounts/actions";
import { UserRefInput } from "@/lib/accounts/schemas";
import { TemporaryPasswordPanel } from "./temporary-password-panel";

type Target = { id: string; version: number; username: string; displayName: string; active: boolean };

/** 停用/启用 and 重置密码 for another user's account; each asks for confirmation first. */
export function UserAccountActions({ user }: { user: Target }) {
  return (
    <div className="flex flex-wrap gap-3">
      <StatusDialog user={user} />
      <ResetPasswordDialog user={user} />
    </div>
  );
}

function StatusDialog({ user }: { user: Target }) {
  const [open, setOpen] = useState(false);
  const verb = user.active ? "停用" : "启用";
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant={user.active ? "danger" : "secondary"} data-testid="user-status-open">{verb}账号</Button>
      </DialogTrigger>
      <DialogContent
        title={`${verb}账号`}
        description={user.active ? `停用后“${user.displayName}”（${user.username}）将立即退出并无法登录。` : `启用后“${user.displayName}”（${user.username}）可以重新登录。`}
      >
        <StatusForm user={user} verb={verb} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

function StatusForm({ user, verb, onDone }: { user: Target; verb: string; onDone: () => void }) {
  const { handleSubmitWithAction, formError, isSubmitting } = useActionForm(user.active ? disableUserAction : enableUserAction, UserRefInput, {
    formProps: { defaultValues: { id: user.id, version: user.version } },
    actionProps: { onSuccess: onDone },
  });
  return (
    <form onSubmit={handleSubmitWithAction} noValidate>
      <FormError message={formError} />
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="secondary">取消</Button>
        </DialogClose>
        <Button type="submit" variant={user.active ? "danger" : "primary"} disabled={isSubmitting} data-testid="user-status-confirm">
          {isSubmitting ? "正在处理…" : `确定${verb}`}
        </Button>
      </DialogFooter>
    </form>
  );
}

function ResetPasswordDialog({ user }: { user: Target }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="secondary" data-testid="user-reset-open">重置密码</Button>
      </DialogTrigger>
      <DialogContent title="重置密码" description={`将为“${user.displayName}”（${user.username}）生成新的临时密码，原密码立即失效，本人须在下次登录时修改。`}>
        <ResetPasswordForm user={user} />
      </DialogContent>
    </Dialog>
  );
}

function ResetPasswordForm({ user }: { user: Target }) {
  const [password, setPassword] = useState<string | null>(null);
  const { handleSubmitWithAction, formError, isSubmitting } = useActionForm(resetUserPasswordAction, UserRefInput, {
    formProps: { defaultValues: { id: user.id, version: user.version } },
    actionProps: { onSuccess: ({ data }) => setPassword(data?.temporaryPassword ?? null) },
  });
  if (password) {
    return (
      <>
        <TemporaryPasswordPanel title="密码已重置" username={user.username} password={password} />
        <DialogFooter>
          <DialogClose asChild>
            <Button type="button" data-testid="user-reset-done">我已记下，关闭</Button>
          </DialogClose>
        </DialogFooter>
      </>
    );
  }
  return (
    <form onSubmit={handleSubmitWithAction} noValidate>
      <FormError message={formError} />
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="secondary">取消</Button>
        </DialogClose>
        <Button type="submit" disabled={isSubmitting} data-testid="user-reset-confirm">
          {isSubmitting ? "正在重置…" : "确定重置"}
        </Button>
      </DialogFooter>
    </form>
  );
}
