import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UserCreateForm } from "@/components/users/user-create-form";
import { PageHeader } from "@/components/ui/page-header";
import { getUserFormOptions } from "@/lib/accounts/queries";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";

export const metadata: Metadata = { title: "新增用户" };

export default async function NewUserPage() {
  const scope = await getScope();
  if (!can(scope, "user.manage")) notFound();
  const { units, capabilities } = await getUserFormOptions(scope);
  return (
    <>
      <PageHeader
        title="新增用户"
        description="系统将生成一次性临时密码，本人首次登录时须修改。"
        breadcrumbs={[{ label: "用户管理", href: "/users" }, { label: "新增用户" }]}
      />
      <UserCreateForm units={units} capabilities={capabilities} />
    </>
  );
}
