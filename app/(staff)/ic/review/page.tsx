import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, type SearchParamsRecord } from "@/components/ui/pagination";
import { ChangeQueue } from "@/components/ic/review/change-queue";
import { QueueTable } from "@/components/ic/review/queue-table";
import { StageTabs, type QueueTab } from "@/components/ic/review/stage-tabs";
import { formatShanghaiDateTime } from "@/lib/audit/format";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { listChangeSetQueue } from "@/lib/ic/change-sets/queries";
import { listReviewQueue, reviewStageCounts } from "@/lib/ic/review/queries";
import { REVIEW_STAGES, type ReviewStage } from "@/lib/ic/review/schemas";
import { STAGE_OF_LEVEL } from "@/lib/ic/review/stage";
import { firstParam } from "@/lib/core/search-params";

export const metadata: Metadata = { title: "采集审核" };

const one = firstParam;

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "ic.review")) notFound();
  const params = await searchParams;
  const own = STAGE_OF_LEVEL[scope.level];
  const raw = one(params.stage);
  const tab: QueueTab = raw === "CHANGES" ? "CHANGES" : REVIEW_STAGES.includes(raw as ReviewStage) ? (raw as ReviewStage) : own;
  const page = Number(one(params.page)) || 1;

  const [counts, changes, queue] = await Promise.all([
    reviewStageCounts(scope),
    listChangeSetQueue(scope),
    tab === "CHANGES" ? null : listReviewQueue(scope, { stage: tab, page }),
  ]);
  return (
    <>
      <PageHeader title="采集审核" description="逐级审核采集档案（§6.1.4）：超时的排在最前，其余按进入本环节的先后排列。" />
      <StageTabs counts={counts} current={tab} own={own} changeCount={changes.length} />
      {queue ? (
        <>
          <QueueTable
            target={queue.target}
            batch={queue.actionable && queue.stage === "PENDING_CITY"}
            rows={queue.rows.map((r) => ({
              id: r.id, version: r.version, fileNo: r.fileNo, name: r.person.name, idMasked: r.person.idMasked, unitName: r.unitName,
              primaryCategory: r.primaryCategory, since: formatShanghaiDateTime(r.statusSince).slice(0, 16), daysInStage: r.daysInStage, overdue: r.overdue,
            }))}
          />
          <Pagination basePath="/ic/review" searchParams={{ stage: tab === own ? undefined : tab }} page={queue.page} hasNext={queue.hasNext} />
        </>
      ) : (
        <ChangeQueue rows={changes} />
      )}
    </>
  );
}
