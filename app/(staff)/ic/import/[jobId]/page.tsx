import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FileWarning } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ImportSummary } from "@/components/ic/import/import-summary";
import { RowIssuesTable } from "@/components/ic/import/row-issues-table";
import { ImportCommitForm } from "@/components/ic/import/commit-form";
import { ImportCommitResult } from "@/components/ic/import/commit-result";
import { NotFound } from "@/lib/core/errors";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { getImportJobView, PREVIEW_ERROR_ROWS } from "@/lib/ic/import/queries";

export const metadata: Metadata = { title: "导入预览" };

export default async function ImportJobPage({ params }: { params: Promise<{ jobId: string }> }) {
  const scope = await getScope();
  if (!can(scope, "ic.import")) notFound();
  const job = await getImportJobView(scope, (await params).jobId).catch((e) => {
    if (e instanceof NotFound) notFound();
    throw e;
  });
  return (
    <>
      <PageHeader
        title="导入预览"
        description="请先核对检查结果，再选择导入方式。"
        breadcrumbs={[{ label: "信息采集", href: "/ic" }, { label: "批量导入", href: "/ic/import" }, { label: job.fileName }]}
      />
      <div className="flex flex-col gap-6">
        <ImportSummary fileName={job.fileName} status={job.status} validCount={job.validCount} errorCount={job.errorCount} preview={job.preview} />
        {job.commit && <ImportCommitResult result={job.commit} />}
        {job.status === "FAILED" && <Alert tone="error">导入中途中断，已写入的部分见上方结果；请下载错误行或重新上传剩余数据。</Alert>}
        {job.errorCount > 0 && (
          <section className="flex flex-col gap-3">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <h2 className="text-lg font-semibold text-slate-900">错误行（显示前 {PREVIEW_ERROR_ROWS} 行）</h2>
              {job.isOwner && (
                <a href={`/api/ic/xlsx/import/${job.id}/errors`} className={buttonClass("secondary")} data-testid="import-errors-download">
                  <FileWarning className="size-4" aria-hidden="true" />
                  下载全部错误行（含错误说明）
                </a>
              )}
            </div>
            <RowIssuesTable rows={job.errorRows} kind="errors" caption="错误行" />
          </section>
        )}
        {job.warningRows.length > 0 && (
          <section className="flex flex-col gap-3">
            <h2 className="text-lg font-semibold text-slate-900">需核实的行</h2>
            <RowIssuesTable rows={job.warningRows} kind="warnings" caption="需核实的行" />
          </section>
        )}
        {job.status === "VALIDATED" && job.isOwner && job.validCount > 0 && (
          <ImportCommitForm jobId={job.id} version={job.version} errorCount={job.errorCount} duplicateCount={job.preview?.duplicateCount ?? 0} />
        )}
        {job.status === "VALIDATED" && job.validCount === 0 && <Alert tone="warning">没有可导入的正确行，请修正后重新上传。</Alert>}
      </div>
    </>
  );
}
