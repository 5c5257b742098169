import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { LoginForm } from "@/components/auth/login-form";

export const metadata: Metadata = { title: "登录" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = typeof params.callbackUrl === "string" ? params.callbackUrl : undefined;
  return (
    <>
      <h1 className="mb-5 text-xl font-semibold text-slate-900">工作人员登录</h1>
      {params.reason === "idle" && (
        <Alert tone="warning" className="mb-5" data-testid="login-idle-notice">
          您已长时间未操作，已自动退出，请重新登录。
        </Alert>
      )}
      <LoginForm callbackUrl={callbackUrl} />
    </>
  );
}
