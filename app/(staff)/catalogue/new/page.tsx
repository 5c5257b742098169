import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ServiceItemCreateForm } from "@/components/hall/catalogue/service-item-form";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";

export const metadata: Metadata = { title: "新增服务事项" };

export default async function NewServiceItemPage() {
  const scope = await getScope();
  if (!can(scope, "catalogue.edit")) notFound();
  return (
    <>
      <PageHeader
        title="新增服务事项"
        description="保存后为草稿，经市级审核人员审核、市级管理员发布后向社会公开。"
        breadcrumbs={[{ label: "服务事项", href: "/catalogue" }, { label: "新增事项" }]}
      />
      <ServiceItemCreateForm />
    </>
  );
}
