import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { ImportUploadForm } from "@/components/ic/import/upload-form";
import { ImportJobList } from "@/components/ic/import/job-list";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { listRecentImportJobs } from "@/lib/ic/import/queries";
import { uploadErrorMessage } from "@/lib/ic/import/errors";

export const metadata: Metadata = { title: "批量导入" };

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const scope = await getScope();
  if (!can(scope, "ic.import")) notFound();
  const error = uploadErrorMessage((await searchParams).error);
  return (
    <>
      <PageHeader
        title="批量导入"
        description="用Excel模板批量登记人员和采集档案（X-21/X-22）。导入的档案为草稿，户籍单位须在本单位管辖范围内。"
        breadcrumbs={[{ label: "信息采集", href: "/ic" }, { label: "批量导入" }]}
      />
      {error && <Alert tone="error" className="mb-4" data-testid="import-upload-error">{error}</Alert>}
      <ImportUploadForm />
      <ImportJobList rows={await listRecentImportJobs(scope)} />
    </>
  );
}
