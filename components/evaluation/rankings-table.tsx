import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import { DEFAULT_INDICATORS } from "@/lib/evaluation/labels";
import { formatRate, formatScore } from "@/lib/evaluation/rating-rules";
import type { FigureRow } from "@/lib/evaluation/stats";

/** Ranked rows: satisfaction rate = (非常满意 + 满意 + 基本满意) ÷ 评价数. */
export function RankingsTable({ rows, caption, first, drill, testId }: {
  rows: FigureRow[]; caption: string; first: string; drill?: (key: string) => string; testId: string;
}) {
  if (rows.length === 0) return <EmptyState title="该期间没有评价" />;
  return (
    <Table caption={caption} data-testid={testId}>
      <THead>
        <Tr>
          <Th>排名</Th><Th>{first}</Th><Th>评价数</Th><Th>满意数</Th><Th>差评数</Th><Th>满意率</Th><Th>差评率</Th>
          {DEFAULT_INDICATORS.map((i) => <Th key={i.code} className="whitespace-normal text-xs">{i.label}</Th>)}
        </Tr>
      </THead>
      <TBody>
        {rows.map((r, i) => (
          <Tr key={r.key ?? "none"} data-testid="ranking-row">
            <Td>{i + 1}</Td>
            <Td className="whitespace-nowrap">{drill && r.key ? <Link className="text-brand-700 underline" href={drill(r.key)}>{r.label}</Link> : r.label}</Td>
            <Td>{r.count}</Td>
            <Td>{r.satisfied}</Td>
            <Td>{r.badReviews}</Td>
            <Td className="font-medium" data-testid="ranking-rate">{formatRate(r.satisfactionRate)}</Td>
            <Td>{formatRate(r.badReviewRate)}</Td>
            {DEFAULT_INDICATORS.map((ind) => <Td key={ind.code}>{formatScore(r.indicators[ind.code])}</Td>)}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
