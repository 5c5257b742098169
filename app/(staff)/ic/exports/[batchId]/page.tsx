import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Download } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { AcknowledgeForm } from "@/components/ic/exports/acknowledge-form";
import { BatchProfilesTable } from "@/components/ic/exports/batch-profiles-table";
import { formatShanghaiDateTime } from "@/lib/audit/format";
import { NotFound } from "@/lib/core/errors";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { getExportBatch } from "@/lib/ic/export/batch-queries";
import { EXPORT_MODE_LABELS } from "@/lib/ic/labels";

export const metadata: Metadata = { title: "上报批次" };

export default async function ExportBatchPage({ params, searchParams }: { params: Promise<{ batchId: string }>; searchParams: Promise<{ page?: string }> }) {
  const scope = await getScope();
  if (!can(scope, "ic.provincialExport")) notFound();
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const batch = await getExportBatch(scope, (await params).batchId, page).catch((e) => {
    if (e instanceof NotFound) notFound();
    throw e;
  });
  return (
    <>
      <PageHeader
        title={`上报批次 ${batch.batchNo}`}
        description={`${EXPORT_MODE_LABELS[batch.mode]}上报，${batch.recordCount} 条记录，生成于 ${formatShanghaiDateTime(batch.createdAt)}，模板 ${batch.templateVersion}，省级退回 ${batch.rejected.length} 条。`}
        breadcrumbs={[{ label: "信息采集", href: "/ic" }, { label: "上报省级", href: "/ic/exports" }, { label: batch.batchNo }]}
        actions={
          <a href={`/api/ic/xlsx/exports/${batch.id}`} className={buttonClass("secondary")} data-testid="prov-batch-download">
            <Download className="size-4" aria-hidden="true" />
            下载上报文件（加密）
          </a>
        }
      />
      <div className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <AcknowledgeForm batchId={batch.id} current={batch.acknowledgedAt ? formatShanghaiDateTime(batch.acknowledgedAt).slice(0, 10) : null} />
      </div>
      <BatchProfilesTable batchId={batch.id} rows={batch.rows} />
      <Pagination basePath={`/ic/exports/${batch.id}`} searchParams={{}} page={batch.page} hasNext={batch.hasNext} />
    </>
  );
}
