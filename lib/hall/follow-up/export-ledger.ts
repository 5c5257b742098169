import "server-only";
import { formatShanghaiDateTime } from "@/lib/audit/format";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { SATISFACTION_LABELS } from "@/lib/evaluation/labels";
import { exportMaskedXlsx, sheetOf } from "@/lib/ic/export/list-export";
import {
  CASE_STATUS_LABELS, FOCUS_DOMAIN_LABELS, POLICY_IMPLEMENTED_LABELS, RETURN_VISIT_METHOD_LABELS, RETURN_VISIT_STATUS_LABELS,
  SERVICE_EFFECT_LABELS, SUPERVISION_ORIGIN_LABELS, SUPERVISION_STATUS_LABELS, TRACKING_METHOD_LABELS,
} from "@/lib/hall/labels";
import { listReturnVisits, VISIT_EXPORT_LIMIT, type VisitFilter, type VisitRow } from "./return-visit-queries";
import { listSupervisionTasks, type SupervisionFilter, type SupervisionRow } from "./supervision-queries";
import { LEDGER_EXPORT_LIMIT, listTrackingLedger, type LedgerFilter, type LedgerRow } from "./tracking-queries";

// the follow-up ledgers (§7.4.1 跟踪台账, §7.4.2 回访工作台账, 督导落实) as xlsx with the
// page's filters — masked, watermarked, named {unitCode}_{ledger}_{date}, audited EXPORT.

export const FOLLOW_UP_LEDGERS = { tracking: "跟踪台账", visits: "回访工作台账", supervision: "督导落实台账" } as const;
export type FollowUpLedger = keyof typeof FOLLOW_UP_LEDGERS;

export function isFollowUpLedger(v: string): v is FollowUpLedger {
  return Object.hasOwn(FOLLOW_UP_LEDGERS, v);
}

const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");
const time = (d: Date | null | undefined) => (d ? formatShanghaiDateTime(d) : "");

type ExportFilter = LedgerFilter & VisitFilter & SupervisionFilter;

export async function exportFollowUpLedger(scope: Scope, ledger: FollowUpLedger, filter: ExportFilter, now = new Date()) {
  assertCan(scope, "hall.kpi");
  const sheet = await sheetFor(scope, ledger, filter, now);
  return exportMaskedXlsx(scope, { listName: FOLLOW_UP_LEDGERS[ledger], criteria: { ledger, ...filter }, sheets: [sheet] });
}

async function sheetFor(scope: Scope, ledger: FollowUpLedger, filter: ExportFilter, now: Date) {
  const name = FOLLOW_UP_LEDGERS[ledger];
  if (ledger === "tracking") {
    const { rows } = await listTrackingLedger(scope, { stale: filter.stale, mine: filter.mine }, now, LEDGER_EXPORT_LIMIT);
    return sheetOf<LedgerRow>(name, [
      { header: "办件编号", width: 22, text: true, value: (r) => r.caseNo },
      { header: "服务事项", width: 28, value: (r) => r.itemName },
      { header: "服务对象", width: 10, value: (r) => r.clientName },
      { header: "身份证号", width: 20, text: true, value: (r) => r.clientIdMasked },
      { header: "状态", width: 10, value: (r) => CASE_STATUS_LABELS[r.status] },
      { header: "受理时间", width: 20, value: (r) => time(r.acceptedAt) },
      { header: "承诺办结日", width: 12, value: (r) => day(r.dueDate) },
      { header: "首办人", width: 10, value: (r) => r.firstHandlerName },
      { header: "最近跟踪时间", width: 20, value: (r) => time(r.last?.at) },
      { header: "跟踪方式", width: 10, value: (r) => (r.last ? TRACKING_METHOD_LABELS[r.last.method] : "") },
      { header: "办理进度", width: 40, value: (r) => r.last?.progress ?? "" },
      { header: "下一步安排", width: 30, value: (r) => r.last?.nextStep ?? "" },
      { header: "未更新工作日", width: 12, value: (r) => r.workingDaysSince },
      { header: "超5个工作日未更新", width: 16, value: (r) => (r.stale ? "是" : "否") },
    ], rows);
  }
  if (ledger === "visits") {
    const { rows } = await listReturnVisits(scope, { status: filter.status, overdue: filter.overdue }, now, VISIT_EXPORT_LIMIT);
    return sheetOf<VisitRow>(name, [
      { header: "办件编号", width: 22, text: true, value: (r) => r.case?.caseNo ?? "" },
      { header: "服务事项", width: 28, value: (r) => r.case?.itemName ?? "" },
      { header: "服务对象", width: 10, value: (r) => r.case?.clientName ?? "" },
      { header: "身份证号", width: 20, text: true, value: (r) => r.case?.clientIdMasked ?? "" },
      { header: "联系电话", width: 14, text: true, value: (r) => r.case?.clientMobileMasked ?? "" },
      { header: "回访领域", width: 12, value: (r) => FOCUS_DOMAIN_LABELS[r.focusDomain] },
      { header: "回访期限", width: 12, value: (r) => day(r.dueDate) },
      { header: "状态", width: 10, value: (r) => (r.overdue ? "已超期" : RETURN_VISIT_STATUS_LABELS[r.status]) },
      { header: "回访人员", width: 10, value: (r) => r.visitedByName ?? r.assigneeName },
      { header: "回访时间", width: 20, value: (r) => time(r.visitedAt) },
      { header: "回访方式", width: 10, value: (r) => (r.method ? RETURN_VISIT_METHOD_LABELS[r.method] : "") },
      { header: "满意度", width: 12, value: (r) => (r.satisfaction ? SATISFACTION_LABELS[r.satisfaction] : "") },
      { header: "政策落实情况", width: 12, value: (r) => (r.policyImplemented ? POLICY_IMPLEMENTED_LABELS[r.policyImplemented] : "") },
      { header: "办理效果", width: 10, value: (r) => (r.effect ? SERVICE_EFFECT_LABELS[r.effect] : "") },
      { header: "反馈意见", width: 40, value: (r) => r.feedback ?? "" },
      { header: "督导任务", width: 10, value: (r) => (r.supervisionTaskId ? "已发起" : "") },
    ], rows);
  }
  const { rows } = await listSupervisionTasks(scope, { status: filter.status }, now, VISIT_EXPORT_LIMIT);
  return sheetOf<SupervisionRow>(name, [
    { header: "来源", width: 10, value: (r) => SUPERVISION_ORIGIN_LABELS[r.origin] },
    { header: "被督导单位", width: 26, value: (r) => r.unitName },
    { header: "督导人", width: 10, value: (r) => r.supervisorName ?? "" },
    { header: "问题", width: 50, value: (r) => r.issue },
    { header: "整改措施", width: 50, value: (r) => r.actions ?? "" },
    { header: "整改期限", width: 12, value: (r) => day(r.dueDate) },
    { header: "状态", width: 10, value: (r) => (r.overdue ? `${SUPERVISION_STATUS_LABELS[r.status]}（已超期）` : SUPERVISION_STATUS_LABELS[r.status]) },
    { header: "整改完成时间", width: 20, value: (r) => time(r.resolvedAt) },
    { header: "核验时间", width: 20, value: (r) => time(r.verifiedAt) },
  ], rows);
}
