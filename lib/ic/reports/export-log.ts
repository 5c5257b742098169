import "server-only";
import { formatShanghaiDateTime } from "@/lib/audit/format";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { EXPORT_MODE_LABELS } from "@/lib/ic/labels";
import type { ResolvedUnit } from "./report-unit";
import type { ReportResult } from "./types";

/** §3.1.5 上报记录: batches with records, rejects and the provincial acknowledgement. */
export async function exportLogReport(scope: Scope, ru: ResolvedUnit): Promise<ReportResult> {
  const batches = await scopedDb(scope).profileExportBatch.findMany({
    where: { orgPath: { startsWith: ru.unit.path } },
    orderBy: { createdAt: "desc" },
    take: 500,
    select: { batchNo: true, mode: true, createdAt: true, recordCount: true, rejected: true, acknowledgedAt: true, templateVersion: true },
  });
  return {
    title: "上报记录",
    notes: ["省级回执日期由市级管理员按省中心回执手工登记（AMB-26）。"],
    tables: [
      {
        title: "上报批次",
        columns: ["批次号", "方式", "上报时间", "记录数", "省级退回数", "省级回执日期", "模板版本"],
        rows: batches.map((b) => ({
          cells: [
            b.batchNo, EXPORT_MODE_LABELS[b.mode], formatShanghaiDateTime(b.createdAt), b.recordCount, (b.rejected as unknown[]).length,
            b.acknowledgedAt ? formatShanghaiDateTime(b.acknowledgedAt).slice(0, 10) : "未回执", b.templateVersion,
          ],
        })),
      },
    ],
  };
}
