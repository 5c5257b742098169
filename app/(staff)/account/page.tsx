import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { TotpSection } from "@/components/account/totp-section";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getScope } from "@/lib/core/scope";

export const metadata: Metadata = { title: "账户安全" };

export default async function AccountPage() {
  const scope = await getScope();
  return (
    <>
      <PageHeader title="账户安全" description={`${scope.displayName}（${scope.username}）· ${scope.orgUnitName}`} />
      <div className="flex max-w-3xl flex-col gap-6">
        <Card>
          <CardHeader title="修改密码" description="建议定期更换密码；请勿与其他系统使用相同密码。" />
          <CardContent>
            <ChangePasswordForm />
          </CardContent>
        </Card>
        <Card data-testid="totp-section">
          <CardHeader title="动态验证码（双因素认证）" />
          <CardContent>
            <TotpSection enabled={scope.totpEnabled} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
