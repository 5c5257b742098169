import { Badge, type BadgeTone } from "@/components/ui/badge";
import { PRESENCE_LABELS } from "@/lib/hall/labels";
import type { PresenceStatus } from "@/lib/generated/prisma/enums";

const TONE: Record<PresenceStatus, BadgeTone> = { ON_DUTY: "success", TEMP_AWAY: "warning", ON_LEAVE: "danger", BUSINESS_TRIP: "warning", OFF: "neutral" };

export function PresenceBadge({ status }: { status: PresenceStatus }) {
  return <Badge tone={TONE[status]}>{PRESENCE_LABELS[status]}</Badge>;
}
