import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SecuritySettingsForm } from "@/components/settings/security-settings-form";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { getSecuritySettings } from "@/lib/settings/security";

export const metadata: Metadata = { title: "安全设置" };

export default async function SettingsPage() {
  const scope = await getScope();
  if (!can(scope, "config.manage")) notFound();
  const settings = await getSecuritySettings();
  return (
    <>
      <PageHeader title="安全设置" description="全市统一的账户安全要求（X-31、X-43），每次修改均记入审计日志。" />
      <Card className="max-w-3xl">
        <CardHeader title="必须启用动态验证码的角色" description="勾选后，该角色用户登录系统前须先绑定手机验证器。规范建议审核人员和系统管理员启用。" />
        <CardContent>
          <SecuritySettingsForm initial={settings} />
        </CardContent>
      </Card>
    </>
  );
}
