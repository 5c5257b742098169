import Link from "next/link";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { CaseStatusBadge } from "@/components/hall/cases/case-status-badge";
import { formatDate } from "@/lib/core/pdf/time";
import type { CaseListRow } from "@/lib/hall/cases/queries";

/** 我的办件 (X-70): supplements waiting first, then by due date; the cases I stand in for below. */
export function CaseQueue({ own, standIn }: { own: CaseListRow[]; standIn: CaseListRow[] }) {
  const supplements = own.filter((c) => c.supplementAt).length;
  return (
    <Card data-testid="desk-case-queue">
      <CardHeader
        title="我的办件"
        description={`${own.length} 件在办${supplements ? `，其中 ${supplements} 件已补交材料待核验` : ""}${standIn.length ? `；另有 ${standIn.length} 件由我补位` : ""}`}
        actions={<Link href="/hall/cases?view=mine" className="text-sm text-brand-700 underline">全部</Link>}
      />
      <CardContent className="flex flex-col gap-4">
        <Rows rows={own} empty="暂无在办件" testId="desk-own-case" />
        {standIn.length > 0 && (
          <>
            <h3 className="text-sm font-semibold text-slate-800">AB角补位 / 交接给我的办件</h3>
            <Rows rows={standIn} empty="" testId="desk-standin-case" />
          </>
        )}
      </CardContent>
    </Card>
  );
}

function Rows({ rows, empty, testId }: { rows: CaseListRow[]; empty: string; testId: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="flex flex-col divide-y divide-slate-100">
      {rows.slice(0, 15).map((c) => (
        <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid={testId}>
          <span className="min-w-0">
            <Link href={`/hall/cases/${c.id}`} className="font-mono text-brand-700 underline">{c.caseNo}</Link>{" "}
            {c.itemName} · {c.client.name}
            {c.supplementAt && <span className="ml-2 text-xs font-medium text-amber-700" data-testid="desk-supplement-flag">已补交材料待核验</span>}
          </span>
          <span className="flex items-center gap-2 text-sm text-slate-600">
            <CaseStatusBadge status={c.status} overdue={c.overdue} />
            {c.dueDate && `截止 ${formatDate(c.dueDate)}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
