import Link from "next/link";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import type { KpiReport, KpiRow } from "@/lib/hall/kpi/report";
import { formatRate } from "@/lib/hall/kpi/rates";

const pct = (r: number | null, numerator: number, denominator: number) => (
  <span title={`${numerator} / ${denominator}`}>{formatRate(r)}</span>
);

/** One line per unit, window or staff member; a unit row drills down to its own children. */
export function KpiTable({ report, drillHref }: { report: KpiReport; drillHref: (unitCode: string) => string }) {
  const head = report.by === "unit" ? "单位" : report.by === "window" ? "窗口" : "工作人员";
  const line = (r: KpiRow, total = false) => (
    <Tr key={r.key} data-testid={total ? "kpi-total" : "kpi-row"} className={total ? "font-semibold" : undefined}>
      <Td>{r.drillUnit ? <Link className="text-brand-700 underline" href={drillHref(r.drillUnit)}>{r.label}</Link> : r.label}</Td>
      <Td className="tabular-nums">{r.counts.received}</Td>
      <Td className="tabular-nums" data-testid="kpi-on-time">{pct(r.rates.onTimeRate, r.counts.onTime, r.counts.completedClocked)}</Td>
      <Td className="tabular-nums">{r.counts.overdueOpen}</Td>
      <Td className="tabular-nums" data-testid="kpi-one-time">{pct(r.rates.oneTimeRate, r.counts.noticed - r.counts.noticedTwice, r.counts.noticed)}</Td>
      <Td className="tabular-nums" data-testid="kpi-on-spot">{pct(r.rates.onSpotRate, r.counts.onSpot, r.counts.consultations)}</Td>
      <Td className="tabular-nums" data-testid="kpi-satisfaction">{pct(r.rates.satisfactionRate, r.counts.satisfied, r.counts.evaluations)}</Td>
      <Td className="tabular-nums" data-testid="kpi-bad">{pct(r.rates.badRate, r.counts.bad, r.counts.evaluations)}</Td>
    </Tr>
  );
  return (
    <Table caption="服务统计" data-testid="kpi-table">
      <THead>
        <Tr>
          <Th>{head}</Th>
          <Th>受理登记</Th>
          <Th>限时办结率</Th>
          <Th>在办超期</Th>
          <Th>一次性告知率</Th>
          <Th>当场解答率</Th>
          <Th>满意率</Th>
          <Th>差评率</Th>
        </Tr>
      </THead>
      <TBody>
        {report.rows.map((r) => line(r))}
        {line({ key: "total", label: "合计", counts: report.total.counts, rates: report.total.rates }, true)}
      </TBody>
    </Table>
  );
}
