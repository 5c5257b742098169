import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { AppointmentStatus } from "@/lib/generated/prisma/enums";
import { APPOINTMENT_STATUS_LABELS } from "@/lib/hall/labels";

const TONES: Record<AppointmentStatus, BadgeTone> = {
  REQUESTED: "warning", CONFIRMED: "info", CHECKED_IN: "info", COMPLETED: "success", NO_SHOW: "danger", CANCELLED: "neutral", RESCHEDULED: "neutral",
};

export function AppointmentStatusBadge({ status }: { status: AppointmentStatus }) {
  return <Badge tone={TONES[status]} data-testid="appointment-status">{APPOINTMENT_STATUS_LABELS[status]}</Badge>;
}

/** §7.2.1 a: a checked-in workday appointment is served first. */
export function PriorityBadge() {
  return <Badge tone="danger" data-testid="appointment-priority">优先办理</Badge>;
}
