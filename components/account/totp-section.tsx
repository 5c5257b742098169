"use client";

import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import QRCode from "qrcode";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { beginTotpAction, confirmTotpAction, disableTotpAction } from "@/lib/accounts/actions";
import { TotpConfirmInput } from "@/lib/accounts/schemas";

// The disable action validates only the code, with the same rule as the confirmation.
const TotpDisableInput = TotpConfirmInput.pick({ token: true });

type Enrolment = { secret: string; qr: string };

/** TOTP second factor — enrol with a QR code and one confirming code, or switch it off with a code. */
export function TotpSection({ enabled }: { enabled: boolean }) {
  return enabled ? <DisableTotpForm /> : <EnableTotp />;
}

function EnableTotp() {
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [qrError, setQrError] = useState<string | null>(null);
  const begin = useAction(beginTotpAction, {
    onSuccess: async ({ data }) => {
      if (!data) return;
      try {
        setEnrolment({ secret: data.secret, qr: await QRCode.toDataURL(data.uri, { margin: 1, width: 220 }) });
        setQrError(null);
      } catch {
        setQrError("二维码生成失败，请手动输入下方密钥");
        setEnrolment({ secret: data.secret, qr: "" });
      }
    },
  });
  const beginError = begin.result.serverError?.message;

  if (!enrolment) {
    return (
      <div className="flex flex-col items-start gap-3">
        <p className="text-slate-700">尚未启用。启用后，登录时除密码外还需输入手机身份验证器应用显示的6位动态验证码。</p>
        <FormError message={beginError} />
        <Button onClick={() => begin.execute()} disabled={begin.isExecuting} data-testid="totp-begin">
          {begin.isExecuting ? "正在准备…" : "启用动态验证码"}
        </Button>
      </div>
    );
  }
  return <ConfirmTotpForm enrolment={enrolment} qrError={qrError} onCancel={() => setEnrolment(null)} />;
}

function ConfirmTotpForm({ enrolment, qrError, onCancel }: { enrolment: Enrolment; qrError: string | null; onCancel: () => void }) {
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(confirmTotpAction, TotpConfirmInput, {
    formProps: { defaultValues: { secret: enrolment.secret, token: "" } },
  });
  const { register, formState: { errors } } = form;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-4">
      <ol className="list-decimal space-y-1 pl-5 text-slate-700">
        <li>在手机上打开身份验证器应用（如“腾讯身份验证器”、Google Authenticator 等）。</li>
        <li>扫描下方二维码；无法扫描时，选择手动输入并填写密钥。</li>
        <li>输入应用中显示的6位数字，完成启用。</li>
      </ol>
      {qrError && <Alert tone="warning">{qrError}</Alert>}
      {enrolment.qr && (
        // A data: URL made in the browser; next/image adds nothing for it.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={enrolment.qr} alt="动态验证码绑定二维码，请用身份验证器应用扫描" width={220} height={220} className="rounded border border-slate-200" data-testid="totp-qr" />
      )}
      <p className="text-sm text-slate-700">
        密钥：<code className="font-mono break-all select-all" data-testid="totp-secret">{enrolment.secret}</code>
      </p>
      <FormError message={formError} />
      <FormField label="动态验证码" hint="6位数字" error={errors.token?.message} required className="max-w-xs">
        <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} data-testid="totp-token" {...register("token")} />
      </FormField>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isSubmitting} data-testid="totp-confirm">
          {isSubmitting ? "正在验证…" : "确认启用"}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>取消</Button>
      </div>
    </form>
  );
}

function DisableTotpForm() {
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(disableTotpAction, TotpDisableInput, {
    formProps: { defaultValues: { token: "" } },
  });
  const { register, formState: { errors } } = form;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-4">
      <Alert tone="success" data-testid="totp-enabled">已启用动态验证码，登录时需输入身份验证器应用中的6位数字。</Alert>
      <p className="text-slate-700">如需停用（例如更换手机），请输入当前的动态验证码确认。</p>
      <FormError message={formError} />
      <FormField label="动态验证码" hint="6位数字" error={errors.token?.message} required className="max-w-xs">
        <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} data-testid="totp-disable-token" {...register("token")} />
      </FormField>
      <div>
        <Button type="submit" variant="danger" disabled={isSubmitting} data-testid="totp-disable">
          {isSubmitting ? "正在停用…" : "停用动态验证码"}
        </Button>
      </div>
    </form>
  );
}
