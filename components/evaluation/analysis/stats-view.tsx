import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import type { AnalysisStats, StatRow } from "@/lib/evaluation/analysis/build-stats";
import type { HotIssue } from "@/lib/evaluation/hot-issues";
import { BAD_REVIEW_SOURCE_LABELS, BAD_REVIEW_STATUS_LABELS, ISSUE_TAG_LABELS, SATISFACTION_LABELS, SATISFACTION_ORDER } from "@/lib/evaluation/labels";
import { formatRate, formatScore } from "@/lib/evaluation/rating-rules";

function RateTable({ title, first, rows }: { title: string; first: string; rows: StatRow[] }) {
  if (rows.length === 0) return null;
  return (
    <section className="flex flex-col gap-2">
      <h3 className="font-semibold">{title}</h3>
      <Table caption={title}>
        <THead><Tr><Th>{first}</Th><Th>评价数</Th><Th>满意数</Th><Th>差评数</Th><Th>满意率</Th><Th>差评率</Th></Tr></THead>
        <TBody>
          {rows.map((r) => (
            <Tr key={r.key ?? "none"}>
              <Td>{r.label}</Td><Td>{r.count}</Td><Td>{r.satisfied}</Td><Td>{r.badReviews}</Td>
              <Td>{formatRate(r.satisfactionRate)}</Td><Td>{formatRate(r.badReviewRate)}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </section>
  );
}

const tally = <K extends string>(m: Partial<Record<K, number>>, label: (k: K) => string) =>
  (Object.entries(m) as [K, number][]).map(([k, n]) => `${label(k)} ${n}`).join("；") || "—";

/** The generated figures of an analysis (§9.2.2) and its hot issues (AMB-39). */
export function AnalysisStatsView({ stats: s, hotIssues }: { stats: AnalysisStats; hotIssues: HotIssue[] }) {
  return (
    <div className="flex flex-col gap-6">
      <Card>
        <CardHeader title="反映强烈和集中的问题" description="同类问题或同一事项差评≥3件，或占本期差评≥20%（AMB-39）" />
        <CardContent>
          {hotIssues.length === 0 ? <p className="text-sm text-slate-600">本期未发现达到阈值的问题。</p> : (
            <ul className="flex flex-col gap-2" data-testid="analysis-hot-issues">
              {hotIssues.map((h) => (
                <li key={`${h.kind}:${h.key}`} className="flex flex-wrap items-center gap-2">
                  <Badge tone="danger">{h.kind === "TAG" ? "问题类型" : "服务事项"}</Badge>
                  <span className="font-medium">{h.label}</span>
                  <span className="text-sm text-slate-600">差评{h.count}件，占{formatRate(h.share)}</span>
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader title="评价总体情况" description={`${s.range.from} 至 ${s.range.to}`} />
        <CardContent className="flex flex-col gap-4">
          {s.total.count === 0 ? <EmptyState title="本期没有评价" /> : (
            <>
              <p className="text-base" data-testid="analysis-total">
                评价 <strong>{s.total.count}</strong> 条，满意率 <strong>{formatRate(s.total.satisfactionRate)}</strong>，差评 <strong>{s.total.badReviews}</strong> 条（差评率 {formatRate(s.total.badReviewRate)}）
              </p>
              <p className="text-sm text-slate-700">{SATISFACTION_ORDER.map((k) => `${SATISFACTION_LABELS[k]} ${s.total.byOverall[k]}`).join("；")}</p>
              <Table caption="指标评分">
                <THead><Tr><Th>评价指标（§9.1.2）</Th><Th>平均分（1–5）</Th></Tr></THead>
                <TBody>{s.indicators.map((i) => <Tr key={i.code}><Td>{i.label}</Td><Td>{formatScore(i.avg)}</Td></Tr>)}</TBody>
              </Table>
            </>
          )}
          <RateTable title="按单位" first="单位" rows={s.byUnit} />
          <RateTable title="按服务事项" first="事项" rows={s.byItem} />
          <RateTable title="按工作人员" first="工作人员" rows={s.byStaff} />
          <RateTable title="按评价渠道" first="渠道" rows={s.byChannel} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader title="差评及闭环情况" />
        <CardContent className="flex flex-col gap-3 text-sm">
          <p>本期差评（含投诉、回访不满意）{s.badReviews.total} 件，未闭环 {s.badReviews.open} 件，其中环节超期 {s.badReviews.overdueOpen} 件。</p>
          <p>来源：{tally(s.badReviews.bySource, (k) => BAD_REVIEW_SOURCE_LABELS[k])}</p>
          <p>问题类型：{tally(s.badReviews.byTag, (k) => ISSUE_TAG_LABELS[k as keyof typeof ISSUE_TAG_LABELS] ?? k)}</p>
          <p>环节按期办结率：{formatRate(s.timeliness.rate)}（{s.timeliness.onTime}/{s.timeliness.steps}）</p>
          {s.timeliness.byStep.length > 0 && (
            <Table caption="各环节按期情况">
              <THead><Tr><Th>环节</Th><Th>环节数</Th><Th>按期</Th><Th>超期</Th></Tr></THead>
              <TBody>{s.timeliness.byStep.map((t) => <Tr key={t.status}><Td>{BAD_REVIEW_STATUS_LABELS[t.status]}</Td><Td>{t.steps}</Td><Td>{t.onTime}</Td><Td>{t.late}</Td></Tr>)}</TBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
