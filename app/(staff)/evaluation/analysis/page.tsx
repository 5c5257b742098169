import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GenerateAnalysisForm } from "@/components/evaluation/analysis/generate-form";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, type SearchParamsRecord } from "@/components/ui/pagination";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { listAnalyses } from "@/lib/evaluation/analysis/queries";
import { ANALYSIS_PERIOD_LABELS, ANALYSIS_STATUS_LABELS } from "@/lib/evaluation/labels";
import { periodLabel, previousQuarterKey } from "@/lib/evaluation/period";

export const metadata: Metadata = { title: "分析研判" };

export default async function AnalysesPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "eval.report")) notFound();
  const page = Number(firstParam((await searchParams).page)) || 1;
  const list = await listAnalyses(scope, page);
  return (
    <>
      <PageHeader
        title="分析研判"
        description="定期对服务评价结果进行分析研判，对服务对象反映强烈和集中的问题及时调查研究，提出解决方案和整改措施（§9.2.2）。区（市）和市级每季度至少一次。"
      />
      {can(scope, "eval.analysis") && <GenerateAnalysisForm defaultKey={previousQuarterKey()} />}
      {list.rows.length === 0 ? <EmptyState title="还没有分析报告" /> : (
        <Table caption="分析报告" data-testid="analysis-table">
          <THead><Tr><Th>期间</Th><Th>周期</Th><Th>单位</Th><Th>集中问题</Th><Th>状态</Th><Th>数据生成</Th></Tr></THead>
          <TBody>
            {list.rows.map((r) => (
              <Tr key={r.id}>
                <Td><Link className="text-brand-700 underline" href={`/evaluation/analysis/${r.id}`}>{periodLabel(r.periodKey)}</Link></Td>
                <Td>{ANALYSIS_PERIOD_LABELS[r.period]}</Td>
                <Td>{r.unitName}</Td>
                <Td>{r.hotIssueCount > 0 ? <Badge tone="danger">{r.hotIssueCount}项</Badge> : "—"}</Td>
                <Td><Badge tone={r.status === "APPROVED" ? "success" : "neutral"}>{ANALYSIS_STATUS_LABELS[r.status]}</Badge></Td>
                <Td>{r.generatedAt.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false })}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <Pagination basePath="/evaluation/analysis" searchParams={{}} page={list.page} hasNext={list.hasNext} />
    </>
  );
}
