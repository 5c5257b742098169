import Link from "next/link";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { formatDate, formatShanghaiDateTime } from "@/lib/core/pdf/time";
import type { CaseReviewQueues } from "@/lib/hall/review/queries";

function CaseLink({ c }: { c: { id: string; caseNo: string; itemName: string; client: { name: string } } }) {
  return (
    <><Link href={`/hall/cases/${c.id}`} className="font-mono text-brand-700 underline">{c.caseNo}</Link> {c.itemName} · {c.client.name}</>
  );
}

/** The case queues of the review desk: each item opens the case, where the decision is taken. */
export function CaseReviewLists({ q }: { q: CaseReviewQueues }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card data-testid="review-extensions">
        <CardHeader title="延期审批" description={`${q.extensions.length} 件待审批`} />
        <CardContent>
          {q.extensions.length === 0 ? <p className="text-sm text-slate-600">暂无</p> : (
            <ul className="flex flex-col gap-2 text-sm">
              {q.extensions.map((e) => (
                <li key={e.id}><CaseLink c={e.case} />：申请延期{e.workingDays}个工作日（{e.reason}）</li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
      <Card data-testid="review-second-notices">
        <CardHeader title="二次告知待填写原因" description={`${q.notices.length} 份`} />
        <CardContent>
          {q.notices.length === 0 ? <p className="text-sm text-slate-600">暂无</p> : (
            <ul className="flex flex-col gap-2 text-sm">
              {q.notices.map((n) => n.case && (
                <li key={n.id}><CaseLink c={n.case} />：{formatShanghaiDateTime(n.issuedAt)} 申请第{n.sequence}次告知</li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
      <Card data-testid="review-overdue" className="lg:col-span-2">
        <CardHeader title="超期办件" description={`${q.overdue.length}${q.overdue.length === 50 ? "+" : ""} 件（最早到期在前）`} actions={<Link href="/hall/cases?overdue=1" className="text-sm text-brand-700 underline">全部</Link>} />
        <CardContent>
          {q.overdue.length === 0 ? <p className="text-sm text-slate-600">暂无超期办件</p> : (
            <ul className="flex flex-col gap-2 text-sm">
              {q.overdue.map((c) => (
                <li key={c.id}><CaseLink c={c} /> · 首办人 {c.firstHandler.displayName} · 应于 {formatDate(c.dueDate)} 办结</li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
