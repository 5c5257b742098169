import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { BatchCreateForm } from "@/components/ic/exports/batch-create-form";
import { BatchTable } from "@/components/ic/exports/batch-table";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { listExportBatches } from "@/lib/ic/export/batch-queries";

export const metadata: Metadata = { title: "上报省级" };

export default async function ExportsPage() {
  const scope = await getScope();
  if (!can(scope, "ic.provincialExport")) notFound();
  return (
    <>
      <PageHeader
        title="上报省级"
        description="生成向省退役军人服务中心报送的信息采集文件（省级模板，含完整身份证号，加密保存）。市级审核通过的档案随批次转为“已上报省级”。"
        breadcrumbs={[{ label: "信息采集", href: "/ic" }, { label: "上报省级" }]}
      />
      <Alert tone="info" className="mb-4">本操作导出未脱敏数据，仅限具有“导出明文”权限的市级管理员；每次生成和下载均记入审计日志（X-12）。</Alert>
      <BatchCreateForm />
      <h2 className="mt-8 mb-3 text-lg font-semibold text-slate-900">上报批次</h2>
      <BatchTable rows={await listExportBatches(scope)} />
    </>
  );
}
