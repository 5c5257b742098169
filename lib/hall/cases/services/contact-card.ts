import "server-only";
import type { Tx } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { nextCounterValue } from "@/lib/core/doc-number";
import type { Scope } from "@/lib/core/scope";
import type { CaseWithParts } from "../load";

/**
 * §7.8.2 / HALL-32: on a client's first incomplete submission the window issues a 联系服务卡
 * naming the first handler, the office phone and the window, so the client can reach them until
 * the case is done. One card per case (a lost card is reprinted, not issued again).
 */
export async function issueCaseContactCard(tx: Tx, scope: Scope, c: CaseWithParts, now: Date) {
  const existing = await tx.contactServiceCard.findFirst({ where: { caseId: c.id, purpose: "CASE_CONTACT" }, select: { id: true } });
  if (existing) return null;
  const [hall, window, item] = await Promise.all([
    tx.orgUnit.findUniqueOrThrow({ where: { id: c.hallOrgUnitId }, select: { code: true, officePhone: true } }),
    c.windowId ? tx.serviceWindow.findUnique({ where: { id: c.windowId }, select: { windowNo: true } }) : null,
    tx.serviceItem.findUniqueOrThrow({ where: { id: c.serviceItemId }, select: { consultPhone: true } }),
  ]);
  const seq = await nextCounterValue(tx, `CARD:${hall.code}`);
  const card = await tx.contactServiceCard.create({
    data: {
      cardNo: `${hall.code}-${String(seq).padStart(6, "0")}`, purpose: "CASE_CONTACT", personId: c.clientPersonId,
      staffId: c.firstHandlerId, officePhone: hall.officePhone ?? item.consultPhone, windowNo: window?.windowNo ?? null,
      caseId: c.id, serviceItemId: c.serviceItemId, issuedAt: now, orgUnitId: c.hallOrgUnitId, orgPath: c.hallOrgPath,
    },
  });
  await writeAudit(tx, actorOf(scope), {
    action: "CREATE", entityType: "ContactServiceCard", entityId: card.id, personId: c.clientPersonId, orgPath: c.hallOrgPath,
    diff: { cardNo: card.cardNo, purpose: "CASE_CONTACT", caseNo: c.caseNo },
  });
  return card;
}
