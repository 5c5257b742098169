"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

const LoginInput = z.object({
  username: z.string().trim().min(1, "请输入用户名"),
  password: z.string().min(1, "请输入密码"),
  // Only required once the server has asked for it; checked in onSubmit.
  otp: z.string().trim().refine((v) => v === "" || /^\d{6}$/.test(v), "动态验证码为 6 位数字"),
});
type LoginValues = z.infer<typeof LoginInput>;

const TOTP_PREFIX = "TOTP:";

/** Only same-origin paths, never back to /login: a crafted callbackUrl must not send users elsewhere. */
function safeCallback(raw: string | undefined): string {
  if (!raw) return "/";
  try {
    const url = new URL(raw, window.location.origin);
    if (url.origin !== window.location.origin || url.pathname.startsWith("/login")) return "/";
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return "/";
  }
}

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const router = useRouter();
  const [needOtp, setNeedOtp] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<LoginValues>({
    resolver: zodResolver(LoginInput),
    defaultValues: { username: "", password: "", otp: "" },
  });
  const { register, handleSubmit, setFocus, formState } = form;
  const { errors, isSubmitting } = formState;

  useEffect(() => {
    if (needOtp) setFocus("otp");
  }, [needOtp, setFocus]);

  const onSubmit = handleSubmit(async (values) => {
    if (needOtp && !values.otp) {
      form.setError("otp", { message: "请输入 6 位动态验证码" });
      return;
    }
    setError(null);
    const res = await signIn("credentials", {
      redirect: false,
      username: values.username,
      password: values.password,
      otp: needOtp ? values.otp : "",
    });
    if (res?.ok && !res.error) {
      router.replace(safeCallback(callbackUrl));
      router.refresh();
      return;
    }
    const message = res?.error ?? "登录失败，请稍后重试";
    if (message.startsWith(TOTP_PREFIX)) {
      setNeedOtp(true);
      setError(message.slice(TOTP_PREFIX.length) || "请输入动态验证码");
    } else {
      // next-auth's generic code when authorize gave no message of its own.
      setError(message === "CredentialsSignin" ? "用户名或密码错误" : message);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {error && (
        <Alert tone="error" id="login-error" data-testid="login-error">
          {error}
        </Alert>
      )}
      <FormField label="用户名" id="login-username" error={errors.username?.message} required>
        <Input autoComplete="username" autoCapitalize="none" spellCheck={false} data-testid="login-username" {...register("username")} />
      </FormField>
      <FormField label="密码" id="login-password" error={errors.password?.message} required>
        <Input type="password" autoComplete="current-password" data-testid="login-password" {...register("password")} />
      </FormField>
      {needOtp && (
        <FormField
          label="动态验证码"
          id="login-otp"
          hint="请打开身份验证器应用，输入显示的 6 位数字"
          error={errors.otp?.message}
          required
        >
          <Input
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            pattern="[0-9]*"
            data-testid="login-otp"
            {...register("otp")}
          />
        </FormField>
      )}
      <Button type="submit" size="lg" disabled={isSubmitting} data-testid="login-submit">
        {isSubmitting ? "正在登录…" : "登录"}
      </Button>
    </form>
  );
}
