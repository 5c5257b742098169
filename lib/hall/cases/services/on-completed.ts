import "server-only";
import type { Tx } from "@/lib/core/db";
import { createInvitation } from "@/lib/evaluation/invitations";
import { planReturnVisit } from "@/lib/hall/follow-up/plan-return-visit";
import type { CaseWithParts } from "../load";

/** What every completed case sets off, in the completing transaction: EVA-02 and HALL-60. */
export async function onCaseCompleted(tx: Tx, c: CaseWithParts, now: Date) {
  const item = await tx.serviceItem.findUniqueOrThrow({ where: { id: c.serviceItemId }, select: { module: true } });
  await planReturnVisit(tx, { id: c.id, firstHandlerId: c.firstHandlerId, hallOrgPath: c.hallOrgPath, module: item.module }, now);
  return createInvitation(tx, c, now);
}
