import { Badge, type BadgeTone } from "@/components/ui/badge";
import { BAD_REVIEW_STATUS_LABELS } from "@/lib/evaluation/labels";
import type { BadReviewStatus } from "@/lib/generated/prisma/enums";

const TONE: Record<BadReviewStatus, BadgeTone> = {
  FOUND: "danger", VERIFYING: "warning", INVALID_PENDING: "warning", INVALID: "neutral", RECTIFYING: "warning",
  REVISITING: "info", IMPROVING: "info", CLOSED: "success",
};

export function BadReviewStatusBadge({ status }: { status: BadReviewStatus }) {
  return <Badge tone={TONE[status]} data-testid="bad-review-status">{BAD_REVIEW_STATUS_LABELS[status]}</Badge>;
}
