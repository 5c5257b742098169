import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ProfileStatus } from "@/lib/generated/prisma/enums";
import { PROFILE_STATUS_LABELS } from "@/lib/ic/labels";

const TONES: Record<ProfileStatus, BadgeTone> = {
  DRAFT: "neutral",
  PENDING_INITIAL: "info",
  PENDING_DISTRICT: "info",
  PENDING_CITY: "info",
  CITY_APPROVED: "success",
  EXPORTED: "success",
  RETURNED: "warning",
  INACTIVE: "neutral",
};

export function ProfileStatusBadge({ status, ...props }: { status: ProfileStatus; "data-testid"?: string }) {
  return <Badge tone={TONES[status]} data-testid={props["data-testid"]}>{PROFILE_STATUS_LABELS[status]}</Badge>;
}

/** IC-05: shown wherever a file is listed or opened; the number itself carries the meaning. */
export function CompletenessMeter({ value, ...props }: { value: number; "data-testid"?: string }) {
  const tone = value >= 100 ? "bg-green-600" : value >= 60 ? "bg-brand-600" : "bg-amber-500";
  return (
    <span className="inline-flex items-center gap-2">
      <span className="h-2 w-20 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
        <span className={`block h-full ${tone}`} style={{ width: `${Math.min(100, Math.max(0, value))}%` }} />
      </span>
      <span className="tabular-nums text-sm font-medium text-slate-900" data-testid={props["data-testid"]}>{value}%</span>
    </span>
  );
}
