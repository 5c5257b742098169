import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import type { BadReviewView } from "@/lib/evaluation/bad-review-queries";
import {
  BAD_REVIEW_SOURCE_LABELS, BAD_REVIEW_STATUS_LABELS, DEFAULT_INDICATORS, EVAL_CHANNEL_LABELS, EVALUATOR_TYPE_LABELS,
  IMPROVEMENT_LINK_TYPE_LABELS, ISSUE_TAG_LABELS, SATISFACTION_LABELS,
} from "@/lib/evaluation/labels";
import { SatisfactionBadge } from "./satisfaction-badge";
import { RevealContact } from "./reveal-contact";

const fmt = (d: Date | null | undefined) => (d ? d.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false }) : "—");

function Fields({ rows }: { rows: [string, React.ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[8rem_1fr]">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-slate-600">{k}</dt>
          <dd className="min-w-0 break-words">{v ?? "—"}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The loop's facts, its source evaluation (EVA-05 aware) and what each step recorded. */
export function BadReviewDetail({ view }: { view: BadReviewView }) {
  const { loop, evaluation, contact } = view;
  const tags = loop.issueTags.map((t) => ISSUE_TAG_LABELS[t as keyof typeof ISSUE_TAG_LABELS] ?? t).join("、");
  return (
    <div className="flex flex-col gap-6">
      <Card>
        <CardHeader title="差评发现" />
        <CardContent>
          <Fields rows={[
            ["来源", BAD_REVIEW_SOURCE_LABELS[loop.source]],
            ["发现时间", fmt(loop.foundAt)],
            ["涉及单位", loop.unitName],
            ["涉及窗口", loop.windowLabel ?? "—"],
            ["涉及人员", loop.staffName ?? "—"],
            ["服务事项", loop.serviceItemCode ?? "—"],
            ["办件", loop.caseHidden
              ? <span className="text-slate-500" data-testid="case-hidden">办件信息已隐藏</span>
              : loop.caseId ? <Link className="text-brand-700 underline" href={`/hall/cases/${loop.caseId}`} data-testid="bad-review-case-link">查看办件</Link> : "—"],
            ["反映内容", loop.description ?? "—"],
            ["评价人 / 投诉人", contact === null
              ? <span className="text-slate-500" data-testid="contact-hidden">被评价人员不能查看评价人信息</span>
              : loop.anonymous ? "匿名（无联系方式，不回访）" : <span className="inline-flex flex-wrap items-center gap-2">{contact.name ?? ""}<RevealContact id={loop.id} masked={contact.phoneMasked} /></span>],
            ["整改轮次", loop.loopCount > 0 ? `已重新整改${loop.loopCount}次${loop.escalatedAt ? `（${fmt(loop.escalatedAt)}升级至上级督办）` : ""}` : "—"],
          ]} />
        </CardContent>
      </Card>

      {evaluation && (
        <Card>
          <CardHeader title="来源评价" description="评价只能追加，不能修改或删除" />
          <CardContent className="flex flex-col gap-3">
            <Fields rows={[
              ["评价时间", fmt(evaluation.submittedAt)],
              ["评价渠道", `${EVAL_CHANNEL_LABELS[evaluation.channel]}（${EVALUATOR_TYPE_LABELS[evaluation.evaluatorType]}）`],
              ["总体评价", <SatisfactionBadge key="o" value={evaluation.overall} />],
              ["评价意见", evaluation.comment ?? "—"],
              ["是否实名评价", evaluation.realName ? "是" : "否"],
              ["评价表扫描件", evaluation.paperAttachmentId ? <a className="text-brand-700 underline" href={`/api/attachments/${evaluation.paperAttachmentId}`} target="_blank" rel="noreferrer">查看</a> : "—"],
            ]} />
            {Object.keys(evaluation.indicatorScores).length > 0 && (
              <ul className="flex flex-wrap gap-2 text-sm">
                {DEFAULT_INDICATORS.filter((i) => evaluation.indicatorScores[i.code]).map((i) => (
                  <li key={i.code}><Badge>{i.label} {evaluation.indicatorScores[i.code]}分</Badge></li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      )}

      {(loop.verifiedAt || loop.rectifiedAt || loop.revisitAttempts > 0 || loop.improvement) && (
        <Card>
          <CardHeader title="核实、整改与回访" />
          <CardContent>
            <Fields rows={[
              ["核实结论", loop.valid === null ? "—" : loop.valid ? "属实" : "不属实"],
              ["核实情况", loop.verification ?? "—"],
              ...(loop.evidence ? [["不属实的证据", loop.evidence] as [string, string]] : []),
              ["问题类型", tags || "—"],
              ["核实人", loop.verifiedByName ? `${loop.verifiedByName}（${fmt(loop.verifiedAt)}）` : "—"],
              ["整改措施", loop.rectification ?? "—"],
              ["反馈内容", loop.feedbackToClient ?? "—"],
              ["整改人", loop.rectifiedByName ? `${loop.rectifiedByName}（${fmt(loop.rectifiedAt)}）` : "—"],
              ["回访满意度", loop.revisitSatisfaction ? SATISFACTION_LABELS[loop.revisitSatisfaction] : "—"],
              ["回访次数（本轮）", loop.revisitAttempts > 0 ? String(loop.revisitAttempts) : "—"],
              ["回访情况", view.isEvaluatedStaff
                ? <span className="text-slate-500">已隐藏</span>
                : <span className="whitespace-pre-line">{loop.revisitNote ?? "—"}</span>],
              ["改进提升措施", loop.improvement ?? "—"],
              ["关联改进", loop.improvementLinks.length
                ? loop.improvementLinks.map((l) => `${IMPROVEMENT_LINK_TYPE_LABELS[l.type as keyof typeof IMPROVEMENT_LINK_TYPE_LABELS] ?? l.type}：${l.ref}${l.note ? `（${l.note}）` : ""}`).join("；")
                : loop.noSystemicReason ? `无需系统性改进：${loop.noSystemicReason}` : "—"],
            ]} />
          </CardContent>
        </Card>
      )}

      {view.history.length > 0 && (
        <section className="flex flex-col gap-2">
          <h2 className="text-lg font-semibold">办理记录</h2>
          <ol className="flex flex-col gap-1 text-sm" data-testid="loop-history">
            {view.history.map((h) => (
              <li key={h.id}>
                {fmt(h.at)} {h.actorName}：
                {BAD_REVIEW_STATUS_LABELS[h.fromStatus as keyof typeof BAD_REVIEW_STATUS_LABELS] ?? h.fromStatus} →{" "}
                {BAD_REVIEW_STATUS_LABELS[h.toStatus as keyof typeof BAD_REVIEW_STATUS_LABELS] ?? h.toStatus}
                {h.reason && `（${h.reason}）`}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
