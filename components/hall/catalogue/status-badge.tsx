import { Badge, type BadgeTone } from "@/components/ui/badge";
import { SERVICE_ITEM_STATUS_LABELS } from "@/lib/hall/catalogue/labels";

const TONE: Record<keyof typeof SERVICE_ITEM_STATUS_LABELS, BadgeTone> = { DRAFT: "neutral", REVIEWED: "info", PUBLISHED: "success", RETIRED: "warning" };

export function ServiceItemStatusBadge({ status }: { status: keyof typeof SERVICE_ITEM_STATUS_LABELS }) {
  return <Badge tone={TONE[status]}>{SERVICE_ITEM_STATUS_LABELS[status]}</Badge>;
}
