import "server-only";
import { db } from "@/lib/core/db";
import { NotFound } from "@/lib/core/errors";
import { assertCan } from "@/lib/core/permissions";
import { isPathInScope, type Scope } from "@/lib/core/scope";
import { verifyUrl } from "@/lib/core/pdf/qr";
import { CARD_PURPOSE_LABELS } from "@/lib/ic/labels";
import { issuePrintout } from "@/lib/core/pdf/issue-printout";
import { renderContactCard, type CardData } from "./render-card";
import { formatWorkingHours } from "./working-hours";

/**
 * A profile card is a child of the person's profile and is judged by the profile's CURRENT unit
 * (it moves with a transfer, IC-11). A case card (§7.8.2) belongs to the hall that issued it; a
 * card of a person without a profile is judged by its own orgPath.
 */
async function loadCardInScope(scope: Scope, cardId: string) {
  const card = await db.contactServiceCard.findUnique({ where: { id: cardId } });
  const profile = card && card.purpose !== "CASE_CONTACT"
    ? await db.subjectProfile.findFirst({ where: { personId: card.personId, deletedAt: null }, select: { orgPath: true } })
    : null;
  const ownerPath = profile?.orgPath ?? card?.orgPath;
  if (!card || !ownerPath || !isPathInScope(scope, ownerPath)) throw new NotFound("服务卡不存在或不在您的管辖范围内");
  return { ...card, ownerPath };
}

/** X-50 (b): prints a contact-service card; `printedCount` goes up with the PRINT event. */
export async function printContactCard(scope: Scope, cardId: string, origin: string) {
  const card = await loadCardInScope(scope, cardId);
  assertCan(scope, card.purpose === "CASE_CONTACT" ? "hall.read" : "ic.read");
  const [person, staff, issuer, serviceCase] = await Promise.all([
    db.person.findUniqueOrThrow({ where: { id: card.personId }, select: { name: true } }),
    db.user.findUniqueOrThrow({
      where: { id: card.staffId },
      select: { displayName: true, orgUnit: { select: { name: true, address: true, workingHours: true } } },
    }),
    db.orgUnit.findUniqueOrThrow({ where: { id: scope.orgUnitId }, select: { name: true } }),
    card.caseId ? db.serviceCase.findUnique({ where: { id: card.caseId }, select: { caseNo: true, itemName: true } }) : null,
  ]);
  // The hall is the contact person's station: that is where the card holder goes.
  const base: Omit<CardData, "docNo" | "verifyUrl"> = {
    title: CARD_PURPOSE_LABELS[card.purpose],
    issuingUnit: issuer.name,
    cardNo: card.cardNo,
    personName: person.name,
    staffName: staff.displayName,
    officePhone: card.officePhone,
    windowNo: card.windowNo,
    hallName: staff.orgUnit.name,
    hallAddress: staff.orgUnit.address ?? "",
    hours: formatWorkingHours(staff.orgUnit.workingHours),
    // HALL-32: a case card also names the item and the case, and its QR code carries the case number.
    itemName: serviceCase?.itemName ?? null,
    caseNo: serviceCase?.caseNo ?? null,
  };
  const printed = await issuePrintout(
    scope,
    { kind: "CARD", entityType: "ContactServiceCard", entityId: card.id, personId: card.personId, orgPath: card.ownerPath },
    async (docNo, tx) => {
      await tx.contactServiceCard.update({ where: { id: card.id }, data: { printedCount: { increment: 1 } } });
      const url = verifyUrl(origin, docNo) + (base.caseNo ? `?case=${base.caseNo}` : "");
      return renderContactCard({ ...base, docNo, verifyUrl: url });
    },
  );
  return { ...printed, fileName: `服务卡-${card.cardNo}.pdf` };
}
