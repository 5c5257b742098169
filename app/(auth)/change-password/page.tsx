import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { getOptionalScope } from "@/lib/core/scope";

export const metadata: Metadata = { title: "设置新密码" };

// Outside the staff layout on purpose: that layout sends users who must change their password here.
export default async function ForcedChangePasswordPage() {
  const scope = await getOptionalScope();
  if (!scope) redirect("/login");
  // Not a redirect: the form's own action re-renders this page right after a successful change,
  // while the browser is already on its way to the workbench.
  if (!scope.mustChangePassword) {
    return (
      <>
        <h1 className="mb-4 text-xl font-semibold text-slate-900">密码已设置</h1>
        <Link href="/" className={buttonClass("primary", "lg", "w-full")}>进入系统</Link>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold text-slate-900">设置新密码</h1>
      <Alert tone="warning" className="mb-5" data-testid="forced-change-notice">
        {scope.displayName}，您是首次登录或密码已被重置，请设置新密码后继续使用系统。
      </Alert>
      <ChangePasswordForm forced />
      <div className="mt-6 flex justify-end border-t border-slate-200 pt-4">
        <SignOutButton />
      </div>
    </>
  );
}
