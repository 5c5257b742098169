import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { TotpSection } from "@/components/account/totp-section";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { getOptionalScope } from "@/lib/core/scope";

export const metadata: Metadata = { title: "启用动态验证码" };

// Outside the staff layout on purpose: that layout sends users whose role requires a second
// factor (X-31, city-wide security setting) here until they have enrolled.
export default async function SetupTotpPage() {
  const scope = await getOptionalScope();
  if (!scope) redirect("/login");
  if (scope.mustChangePassword) redirect("/change-password");
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold text-slate-900">启用动态验证码</h1>
      {scope.totpEnabled ? (
        <Link href="/" className={buttonClass("primary", "lg", "w-full")}>已启用，进入系统</Link>
      ) : (
        <>
          <Alert tone="warning" className="mb-5">
            根据本单位安全设置，您的角色登录时必须使用动态验证码。请用手机验证器（如“微信小程序-腾讯身份验证器”或其他 TOTP 应用）扫码后输入6位验证码完成绑定。
          </Alert>
          <TotpSection enabled={false} />
        </>
      )}
      <div className="mt-6 flex justify-end border-t border-slate-200 pt-4">
        <SignOutButton />
      </div>
    </>
  );
}
