import { Badge } from "@/components/ui/badge";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { WeekRoster } from "@/lib/hall/duty/roster-queries";
import { DutyLogForm } from "./duty-log-form";
import { RosterDayEditor } from "./roster-day-editor";

const WEEKDAYS = ["日", "一", "二", "三", "四", "五", "六"];

/** One week, 12:00–13:30 each working day (§7.1.2). */
export function RosterWeek({ view, me, isReviewer, today }: { view: WeekRoster; me: string; isReviewer: boolean; today: string }) {
  const staff = view.staff.map((s) => ({ id: s.id, label: s.displayName }));
  const windows = view.windows.map((w) => ({ id: w.id, label: `${w.windowNo}号 ${w.name}` }));
  return (
    <Table caption="午间值班表" data-testid="roster-week">
      <THead><Tr><Th>日期</Th><Th>值班人员</Th><Th>值班窗口</Th><Th>状态</Th><Th>值班记录</Th></Tr></THead>
      <TBody>
        {view.days.map((d) => {
          const r = d.roster;
          const canLog = !!r?.publishedAt && d.date <= today && (isReviewer || r.dutyUserIds.includes(me));
          return (
            <Tr key={d.date} data-testid={`roster-day-${d.date}`} className={d.date === today ? "bg-brand-50" : undefined}>
              <Td className="whitespace-nowrap">{d.date} 星期{WEEKDAYS[new Date(`${d.date}T00:00:00Z`).getUTCDay()]}</Td>
              {!d.working ? (
                <Td colSpan={4} className="text-slate-500">非工作日</Td>
              ) : (
                <>
                  <Td>
                    {r ? r.duty.map((p) => p.name).join("、") : <Badge tone={d.past ? "neutral" : "danger"}>未安排</Badge>}
                    {r && view.canManage && !d.past && (
                      <RosterDayEditor id={r.id} version={r.version} date={d.date} dutyUserIds={r.dutyUserIds} windowIds={r.windowIds} staff={staff} windows={windows} key={r.version} />
                    )}
                  </Td>
                  <Td>{r ? r.windows.map((w) => `${w.windowNo}号`).join("、") : "—"}</Td>
                  <Td>{r ? (r.publishedAt ? <Badge tone="success">已发布</Badge> : <Badge tone="warning">未发布</Badge>) : "—"}</Td>
                  <Td className="min-w-64">
                    {canLog ? (
                      <DutyLogForm id={r!.id} version={r!.version} clientsServed={r!.clientsServed} logNote={r!.logNote} key={r!.version} />
                    ) : r?.clientsServed != null ? `接待 ${r.clientsServed} 人${r.logNote ? `；${r.logNote}` : ""}` : "—"}
                  </Td>
                </>
              )}
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
