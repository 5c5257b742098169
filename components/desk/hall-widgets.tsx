import Link from "next/link";
import { AppointmentTable } from "@/components/hall/appointments/appointment-table";
import { HandoverList } from "@/components/hall/windows/handover-list";
import { PresenceBadge } from "@/components/hall/windows/presence-badge";
import { ReminderList } from "@/components/reminders/reminder-list";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import type { HallDesk } from "@/lib/desk/hall-desk";

const more = (href: string, label = "全部") => <Link href={href} className="text-sm text-brand-700 underline">{label}</Link>;

/** ORG-40–44 on the desk: my windows, my role, my counterpart's presence, hand-overs to confirm. */
export function AbStatusCard({ ab }: { ab: HallDesk["ab"] }) {
  return (
    <Card data-testid="desk-ab-status">
      <CardHeader title="AB角与在岗" description={<>我的状态：<PresenceBadge status={ab.myPresence} /></>} actions={more("/hall/windows", "切换在岗状态")} />
      <CardContent className="flex flex-col gap-3">
        {ab.windows.length === 0 ? <p className="text-sm text-slate-600">当前未设为任何窗口的A角或B角。</p> : (
          <ul className="flex flex-col gap-1 text-sm">
            {ab.windows.map((w) => (
              <li key={w.windowNo}>
                {w.windowNo}号{w.name}：我是<strong>{w.myRole}角</strong>，{w.myRole === "A" ? "B" : "A"}角 {w.counterpart.name} <PresenceBadge status={w.counterpart.presence} />
              </li>
            ))}
          </ul>
        )}
        {ab.handoversToAcknowledge.length > 0 && <HandoverList handovers={ab.handoversToAcknowledge} />}
      </CardContent>
    </Card>
  );
}

/** §7.2: today's appointments of my windows and those assigned to me (checked-in workday ones first). */
export function AppointmentsTodayCard({ rows }: { rows: HallDesk["appointments"] }) {
  return (
    <Card data-testid="desk-appointments">
      <CardHeader title="今日预约" description={`${rows.length} 个`} actions={more("/hall/appointments")} />
      <CardContent><AppointmentTable rows={rows} empty="今日没有预约" testId="desk-appointment-table" /></CardContent>
    </Card>
  );
}

/** §7.1.2: today's lunch duty of my unit and my next duty day. */
export function LunchDutyCard({ duty }: { duty: HallDesk["lunch"] }) {
  return (
    <Card data-testid="desk-lunch-duty">
      <CardHeader title={`今日午间值班（${duty.slot}）`} actions={more("/hall/duty", "值班表")} />
      <CardContent className="text-sm">
        {!duty.workingDay ? <p>今日非工作日。</p> : duty.roster ? (
          <p>{duty.roster.duty.map((d) => d.name).join("、")}{duty.meOnDuty && <strong className="ml-2 text-brand-700">（含我）</strong>}</p>
        ) : <p className="text-amber-700">本单位今日尚无已发布的值班表。</p>}
        {duty.myNextDuty && <p className="mt-1 text-slate-600">我的下一次值班：{duty.myNextDuty}</p>}
      </CardContent>
    </Card>
  );
}

/** the newest reminders, unread first. */
export function RemindersCard({ rows }: { rows: HallDesk["reminders"] }) {
  return (
    <Card data-testid="desk-reminders">
      <CardHeader title="消息提醒" actions={more("/inbox")} />
      <CardContent><ReminderList rows={rows} /></CardContent>
    </Card>
  );
}
