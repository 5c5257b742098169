"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { ActionMessage } from "@/components/forms/action-message";
import { Button } from "@/components/ui/button";
import { markAllRemindersReadAction, markReminderReadAction } from "@/lib/reminders/actions";

/** 查看: marks the reminder read, then opens the record it is about. */
export function OpenReminderButton({ id, href, unread }: { id: string; href: string; unread: boolean }) {
  const router = useRouter();
  const mark = useAction(markReminderReadAction, { onSettled: () => router.push(href) });
  return (
    <Button
      size="sm"
      variant="secondary"
      disabled={mark.isExecuting}
      data-testid="reminder-open"
      onClick={() => (unread ? mark.execute({ id }) : router.push(href))}
    >
      查看
    </Button>
  );
}

export function MarkReadButton({ id }: { id: string }) {
  const router = useRouter();
  const mark = useAction(markReminderReadAction, { onSuccess: () => router.refresh() });
  return (
    <>
      <Button size="sm" variant="ghost" disabled={mark.isExecuting} data-testid="reminder-mark-read" onClick={() => mark.execute({ id })}>
        标为已读
      </Button>
      <ActionMessage error={mark.result.serverError} testId="reminder-error" />
    </>
  );
}

export function MarkAllReadButton({ level, disabled }: { level?: "INFO" | "WARN" | "OVERDUE"; disabled?: boolean }) {
  const router = useRouter();
  const mark = useAction(markAllRemindersReadAction, { onSuccess: () => router.refresh() });
  return (
    <div className="flex items-center gap-3">
      <Button variant="secondary" disabled={disabled || mark.isExecuting} data-testid="reminder-mark-all" onClick={() => mark.execute({ level })}>
        {mark.isExecuting ? "正在处理…" : level ? "本类全部标为已读" : "全部标为已读"}
      </Button>
      <ActionMessage error={mark.result.serverError} testId="reminder-error" />
    </div>
  );
}
