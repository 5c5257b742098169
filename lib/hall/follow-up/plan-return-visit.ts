import "server-only";
import { createHash } from "node:crypto";
import type { Tx } from "@/lib/core/db";
import { addDays, todayInShanghai } from "@/lib/core/calendar-math";
import type { FocusDomain, ServiceModule } from "@/lib/generated/prisma/enums";

// §7.4.2 / HALL-60: every completed case of the three focus domains gets a return visit; other
// completed cases are sampled (default 10 %, Rec.). Due completion + 30 days (Rec.).

const FOCUS: Partial<Record<ServiceModule, FocusDomain>> = {
  EMP: "EMPLOYMENT_PLACEMENT",
  ENT: "ENTREPRENEURSHIP_SUPPORT",
  HA: "HARDSHIP_AID",
};
export const RETURN_VISIT_DUE_DAYS = 30;
export const RETURN_VISIT_SAMPLE_RATE = 0.1;

/**
 * Deterministic sampling by case id, so a re-run (or a test) decides the same way: the first
 * four bytes of SHA-256(id) as a fraction of 2^32.
 */
export function sampledForReturnVisit(caseId: string, rate = RETURN_VISIT_SAMPLE_RATE): boolean {
  const h = createHash("sha256").update(caseId).digest();
  return h.readUInt32BE(0) / 2 ** 32 < rate;
}

export function focusDomainOf(module: ServiceModule): FocusDomain | null {
  return FOCUS[module] ?? null;
}

export async function planReturnVisit(
  tx: Tx,
  c: { id: string; firstHandlerId: string; hallOrgPath: string; module: ServiceModule },
  now = new Date(),
) {
  const focus = focusDomainOf(c.module);
  if (!focus && !sampledForReturnVisit(c.id)) return null;
  const due = addDays(todayInShanghai(now), RETURN_VISIT_DUE_DAYS);
  return tx.returnVisit.upsert({
    where: { caseId: c.id },
    update: {},
    create: {
      caseId: c.id, focusDomain: focus ?? "OTHER", dueDate: new Date(`${due}T00:00:00.000Z`), assigneeUserId: c.firstHandlerId,
      orgPath: c.hallOrgPath,
    },
  });
}
