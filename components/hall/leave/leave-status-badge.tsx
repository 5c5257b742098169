import { Badge, type BadgeTone } from "@/components/ui/badge";
import { LEAVE_STATUS_LABELS } from "@/lib/hall/labels";
import type { LeaveStatus } from "@/lib/generated/prisma/enums";

const TONE: Record<LeaveStatus, BadgeTone> = { REQUESTED: "info", APPROVED: "success", REJECTED: "danger", CANCELLED: "neutral", RETURNED: "neutral" };

export function LeaveStatusBadge({ status }: { status: LeaveStatus }) {
  return <Badge tone={TONE[status]}>{LEAVE_STATUS_LABELS[status]}</Badge>;
}

/** "2026-03-10 08:30 — 03-12 17:30" in Shanghai time. */
export function formatLeaveSpan(startsAt: Date, endsAt: Date): string {
  const f = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
  const a = f(startsAt);
  const b = f(endsAt);
  return `${a} — ${a.slice(0, 10) === b.slice(0, 10) ? b.slice(11) : b.slice(5)}`;
}
