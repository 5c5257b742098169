import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { CALENDAR_FIELD_LABELS, DAY_KIND_LABELS, WEEKDAY_LABELS } from "@/lib/calendar/labels";
import type { CalendarOverrideRow } from "@/lib/calendar/queries";
import { DeleteDayButton } from "./delete-day-button";

const weekdayOf = (date: string) => WEEKDAY_LABELS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7];

export function OverridesTable({ year, rows }: { year: number; rows: readonly CalendarOverrideRow[] }) {
  if (rows.length === 0) {
    return <EmptyState title={`${year} 年尚未设置节假日和调休`} description="未设置时按周一至周五上班、周六周日休息计算。请在下方逐日添加或批量导入。" />;
  }
  return (
    <Table caption={`${year} 年节假日与调休`} data-testid="calendar-overrides">
      <THead>
        <tr>
          <Th>{CALENDAR_FIELD_LABELS.date}</Th>
          <Th>星期</Th>
          <Th>{CALENDAR_FIELD_LABELS.isWorkingDay}</Th>
          <Th>{CALENDAR_FIELD_LABELS.name}</Th>
          <Th><span className="sr-only">操作</span></Th>
        </tr>
      </THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r.date} data-testid="calendar-override-row">
            <Td className="tabular-nums">{r.date}</Td>
            <Td>周{weekdayOf(r.date)}</Td>
            <Td>
              <Badge tone={r.isWorkingDay ? "info" : "danger"}>{r.isWorkingDay ? DAY_KIND_LABELS.true : DAY_KIND_LABELS.false}</Badge>
            </Td>
            <Td>{r.name}</Td>
            <Td className="text-right"><DeleteDayButton date={r.date} /></Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
