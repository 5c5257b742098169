import { Badge, type BadgeTone } from "@/components/ui/badge";
import { SATISFACTION_LABELS } from "@/lib/evaluation/labels";
import type { Satisfaction } from "@/lib/generated/prisma/enums";

const TONE: Record<Satisfaction, BadgeTone> = {
  VERY_SATISFIED: "success", SATISFIED: "success", BASIC: "info", DISSATISFIED: "warning", VERY_DISSATISFIED: "danger",
};

export function SatisfactionBadge({ value }: { value: Satisfaction }) {
  return <Badge tone={TONE[value]}>{SATISFACTION_LABELS[value]}</Badge>;
}
