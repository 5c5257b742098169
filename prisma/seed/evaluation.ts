// §9.1.3 设计评价指标: the default indicator set of §9.1.2's ten items (SPEC §3.14.1), purpose
// ROUTINE. Idempotent: an upsert on (name, setVersion) that never changes an existing set.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_INDICATORS } from "@/lib/evaluation/labels";

export const DEFAULT_INDICATOR_SET_NAME = "政务服务日常评价指标";

export async function seedEvaluationIndicators(db: Pick<PrismaClient, "evaluationIndicatorSet">) {
  return db.evaluationIndicatorSet.upsert({
    where: { name_setVersion: { name: DEFAULT_INDICATOR_SET_NAME, setVersion: 1 } },
    update: {},
    create: {
      name: DEFAULT_INDICATOR_SET_NAME, purpose: "ROUTINE", setVersion: 1, active: true,
      // Equal weights on a 1–5 scale until the unit designs its own (§9.1.3).
      indicators: DEFAULT_INDICATORS.map((i) => ({ code: i.code, label: i.label, subject: i.subject, weight: 1, scale: 5 })),
    },
  });
}
