import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { formatShanghaiDateTime } from "@/lib/audit/format";
import type { ReminderLevel } from "@/lib/generated/prisma/enums";
import { REMINDER_LEVEL_LABELS } from "@/lib/hall/labels";
import { ruleLabelOf } from "@/lib/reminders/labels";
import { MarkReadButton, OpenReminderButton } from "./reminder-actions";

export type ReminderRow = {
  id: string; ruleId: string; level: ReminderLevel; escalation: number; message: string; href: string | null;
  dueDate: Date | null; createdAt: Date; readAt: Date | null;
};

const TONE: Record<ReminderLevel, BadgeTone> = { INFO: "info", WARN: "warning", OVERDUE: "danger" };

export function ReminderList({ rows }: { rows: ReminderRow[] }) {
  if (rows.length === 0) return <EmptyState title="没有提醒" description="到期、超期和需要您处理的事项会出现在这里。" />;
  return (
    <ul className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="reminder-list">
      {rows.map((r) => (
        <li key={r.id} className={r.readAt ? "px-4 py-3" : "bg-brand-50/40 px-4 py-3"} data-testid="reminder-row" data-unread={r.readAt ? "false" : "true"}>
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap items-center gap-2 text-sm">
                {!r.readAt && <span className="size-2 rounded-full bg-brand-600" aria-label="未读" />}
                <Badge tone={TONE[r.level]}>{REMINDER_LEVEL_LABELS[r.level]}</Badge>
                {r.escalation > 0 && <Badge tone="danger">督办</Badge>}
                <span className="text-slate-600">{ruleLabelOf(r.ruleId)}</span>
                {r.dueDate && <span className="text-slate-600">期限 {r.dueDate.toISOString().slice(0, 10)}</span>}
              </div>
              <p className={r.readAt ? "mt-1 text-slate-700" : "mt-1 font-medium text-slate-900"}>{r.message}</p>
              <p className="mt-0.5 text-xs text-slate-500">{formatShanghaiDateTime(r.createdAt)}</p>
            </div>
            <div className="flex flex-wrap items-center gap-2">
              {r.href && <OpenReminderButton id={r.id} href={r.href} unread={!r.readAt} />}
              {!r.readAt && <MarkReadButton id={r.id} />}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
