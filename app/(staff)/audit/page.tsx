import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, type SearchParamsRecord } from "@/components/ui/pagination";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditTable } from "@/components/audit/audit-table";
import { VerifyChainButton } from "@/components/audit/verify-chain-button";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { listAuditEvents } from "@/lib/audit/queries";
import { parseAuditFilter } from "@/lib/audit/schemas";

export const metadata: Metadata = { title: "审计日志" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "audit.read")) notFound();
  const params = await searchParams;
  const filter = parseAuditFilter(params);
  const { rows, hasNext, page } = await listAuditEvents(scope, filter);
  return (
    <>
      <PageHeader
        title="审计日志"
        description="本单位及下级单位的查看、显示、修改、导出、登录等操作记录，按时间倒序（北京时间）。"
        actions={can(scope, "audit.verify") ? <VerifyChainButton /> : undefined}
      />
      <AuditFilterForm filter={filter} />
      <AuditTable rows={rows} />
      <Pagination basePath="/audit" searchParams={params} page={page} hasNext={hasNext} />
    </>
  );
}
