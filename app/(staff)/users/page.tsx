import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Plus } from "lucide-react";
import { UserFilters } from "@/components/users/user-filters";
import { UsersTable } from "@/components/users/users-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { listUsersForAdmin, userListFilterOf } from "@/lib/accounts/queries";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { listUnitOptions } from "@/lib/org/queries";

export const metadata: Metadata = { title: "用户管理" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const scope = await getScope();
  if (!can(scope, "user.manage")) notFound();
  const params = await searchParams;
  const filter = userListFilterOf(params);
  const [list, units] = await Promise.all([
    listUsersForAdmin(scope, filter),
    listUnitOptions(scope, { levels: ["CITY", "DISTRICT", "TOWN"], activeOnly: false }),
  ]);

  return (
    <>
      <PageHeader
        title="用户管理"
        description="管理本单位及下级单位的工作人员账号。"
        actions={
          <Link href="/users/new" className={buttonClass("primary")} data-testid="user-create-open">
            <Plus className="size-4" aria-hidden="true" />
            新增用户
          </Link>
        }
      />
      <UserFilters filter={filter} units={units} />
      <UsersTable rows={list.rows} />
      <Pagination basePath="/users" searchParams={params} page={list.page} hasNext={list.hasNext} />
    </>
  );
}
