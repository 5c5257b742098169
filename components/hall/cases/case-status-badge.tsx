import { Badge, type BadgeTone } from "@/components/ui/badge";
import { CASE_STATUS_LABELS } from "@/lib/hall/labels";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

const TONE: Record<CaseStatus, BadgeTone> = {
  REGISTERED: "info", PENDING_MATERIALS: "warning", ACCEPTED: "info", IN_PROGRESS: "info", AWAITING_APPROVAL: "info",
  COMPLETED: "success", NOT_ACCEPTED: "neutral", WITHDRAWN: "neutral",
};

export function CaseStatusBadge({ status, overdue }: { status: CaseStatus; overdue?: boolean }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={TONE[status]} data-testid="case-status">{CASE_STATUS_LABELS[status]}</Badge>
      {overdue && <Badge tone="danger" data-testid="case-overdue">超期</Badge>}
    </span>
  );
}
