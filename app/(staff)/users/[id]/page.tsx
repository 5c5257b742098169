import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UserEditPanel } from "@/components/users/user-edit-panel";
import { PageHeader } from "@/components/ui/page-header";
import { findUserForEdit } from "@/lib/accounts/queries";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";

export const metadata: Metadata = { title: "编辑用户" };

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const scope = await getScope();
  if (!can(scope, "user.manage")) notFound();
  const { id } = await params;
  const found = await findUserForEdit(scope, id);
  if (!found) notFound();

  return (
    <>
      <PageHeader
        title={found.user.displayName}
        breadcrumbs={[{ label: "用户管理", href: "/users" }, { label: found.user.displayName }]}
      />
      <UserEditPanel {...found} />
    </>
  );
}
