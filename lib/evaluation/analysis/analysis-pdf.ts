import "server-only";
import { db } from "@/lib/core/db";
import { DOCUMENT_KINDS } from "@/lib/core/doc-number";
import { issuePrintout } from "@/lib/core/pdf/issue-printout";
import { A4Writer } from "@/lib/core/pdf/a4-writer";
import { verifyUrl } from "@/lib/core/pdf/qr";
import { formatDate, formatShanghaiDateTime } from "@/lib/core/pdf/time";
import type { Scope } from "@/lib/core/scope";
import { ANALYSIS_STATUS_LABELS, BAD_REVIEW_STATUS_LABELS, IMPROVEMENT_STATUS_LABELS, ISSUE_TAG_LABELS } from "../labels";
import { periodLabel } from "../period";
import { formatRate, formatScore } from "../rating-rules";
import { getAnalysis, type AnalysisView } from "./queries";
import type { StatRow } from "./build-stats";

const RATE_COLUMNS = [
  { title: "评价数", width: 1.2 }, { title: "满意数", width: 1.2 }, { title: "差评数", width: 1.2 },
  { title: "满意率", width: 1.4 }, { title: "差评率", width: 1.4 },
];
const rateCells = (r: StatRow) => [String(r.count), String(r.satisfied), String(r.badReviews), formatRate(r.satisfactionRate), formatRate(r.badReviewRate)];

/** X-50: the 服务评价分析报告 (§9.2.2) as PDF, numbered, with a verify QR, audited as PRINT. */
export async function printAnalysis(scope: Scope, id: string, origin: string) {
  const view = await getAnalysis(scope, id);
  const printer = await db.orgUnit.findUniqueOrThrow({ where: { id: scope.orgUnitId }, select: { name: true } });
  const printed = await issuePrintout(
    scope,
    // An analysis concerns no person; PrintSubject's personId is required, the audit stores none.
    { kind: "ANALYSIS", entityType: "EvaluationAnalysis", entityId: view.analysis.id, orgPath: view.analysis.orgPath },
    (docNo) => renderAnalysis(view, { issuingUnit: printer.name, docNo, verifyUrl: verifyUrl(origin, docNo) }),
  );
  return { ...printed, fileName: `服务评价分析报告-${view.unit.name}-${view.analysis.periodKey}.pdf` };
}

async function renderAnalysis(v: AnalysisView, meta: { issuingUnit: string; docNo: string; verifyUrl: string }) {
  const { analysis: a, unit } = v;
  const s = a.stats;
  const w = await A4Writer.create({ title: DOCUMENT_KINDS.ANALYSIS, ...meta });
  w.fields([
    ["分析单位", unit.name],
    ["分析期间", `${periodLabel(a.periodKey)}（${s.range.from} 至 ${s.range.to}）`],
    ["状态", ANALYSIS_STATUS_LABELS[a.status]],
    ["数据生成时间", formatShanghaiDateTime(a.generatedAt)],
    ["撰写人", v.authorNames.join("、") || "—"],
    ["审定人", v.approvedByName ? `${v.approvedByName}（${formatShanghaiDateTime(a.approvedAt!)}）` : "—"],
  ]);
  w.section("一、评价总体情况");
  w.fields([
    ["评价总数", String(s.total.count)], ["满意率", formatRate(s.total.satisfactionRate)],
    ["差评数", String(s.total.badReviews)], ["差评率", formatRate(s.total.badReviewRate)],
  ]);
  w.table([{ title: "评价指标", width: 4 }, { title: "平均分（1–5）", width: 2 }], s.indicators.map((i) => [i.label, formatScore(i.avg)]));
  for (const [title, rows] of [["按单位", s.byUnit], ["按服务事项", s.byItem], ["按工作人员", s.byStaff], ["按评价渠道", s.byChannel]] as const) {
    if (rows.length === 0) continue;
    w.text(title, { size: 11 });
    w.table([{ title: title.slice(1), width: 4 }, ...RATE_COLUMNS], rows.map((r) => [r.label, ...rateCells(r)]));
  }
  w.section("二、差评及闭环情况");
  const b = s.badReviews;
  w.fields([
    ["本期差评（含投诉、回访不满意）", String(b.total)], ["未闭环", String(b.open)],
    ["环节超期未办", String(b.overdueOpen)], ["环节按期办结率", `${formatRate(s.timeliness.rate)}（${s.timeliness.onTime}/${s.timeliness.steps}）`],
  ]);
  const tags = Object.entries(b.byTag);
  if (tags.length) w.text(`问题类型：${tags.map(([t, n]) => `${ISSUE_TAG_LABELS[t as keyof typeof ISSUE_TAG_LABELS] ?? t} ${n}件`).join("；")}`);
  if (s.timeliness.byStep.length) {
    w.table(
      [{ title: "环节", width: 3 }, { title: "环节数", width: 1.5 }, { title: "按期", width: 1.5 }, { title: "超期", width: 1.5 }],
      s.timeliness.byStep.map((t) => [BAD_REVIEW_STATUS_LABELS[t.status], String(t.steps), String(t.onTime), String(t.late)]),
    );
  }
  w.section("三、反映强烈和集中的问题");
  if (a.hotIssues.length === 0) w.text("本期未发现达到阈值（同类问题或同一事项差评≥3件，或占差评总数≥20%）的问题。");
  else w.table(
    [{ title: "类别", width: 1.2 }, { title: "问题", width: 4 }, { title: "差评数", width: 1.2 }, { title: "占比", width: 1.2 }],
    a.hotIssues.map((h) => [h.kind === "TAG" ? "问题类型" : "服务事项", h.label, String(h.count), formatRate(h.share)]),
  );
  w.section("四、调查研究情况");
  w.text(a.investigation ?? "（未填写）");
  w.section("五、解决方案和整改措施");
  w.text(a.solutions ?? "（未填写）");
  if (a.actions.length) {
    w.table(
      [{ title: "改进措施", width: 5 }, { title: "责任人", width: 1.5 }, { title: "完成期限", width: 1.8 }, { title: "状态", width: 1.3 }],
      a.actions.map((x) => [x.description, x.ownerName, formatDate(x.dueDate), IMPROVEMENT_STATUS_LABELS[x.status]]),
    );
  }
  w.signatures(["撰写人", "审定人", "日期"]);
  return w.save();
}
