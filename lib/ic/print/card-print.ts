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
 * A card is a child of the person's profile and is judged by the profile's CURRENT unit (it moves
 * with a transfer, IC-11); a card of a person without a profile (other modules' purposes) by its own orgPath.
 */
async function loadCardInScope(scope: Scope, cardId: string) {
  const card = await db.contactServiceCard.findUnique({ where: { id: cardId } });
  const profile = card && (await db.subjectProfile.findFirst({ where: { personId: card.personId, deletedAt: null }, select: { orgPath: true } }));
  const ownerPath = profile?.orgPath ?? card?.orgPath;
  if (!card || !ownerPath || !isPathInScope(scope, ownerPath)) throw new NotFound("服务卡不存在或不在您的管辖范围内");
  return { ...card, ownerPath };
}

/** X-50 (b): prints a contact-service card; `printedCount` goes up with the PRINT event. */
export async function printContactCard(scope: Scope, cardId: string, origin: string) {
  assertCan(scope, "ic.read");
  const card = await loadCardInScope(scope, cardId);
  const [person, staff, issuer] = await Promise.all([
    db.person.findUniqueOrThrow({ where: { id: card.personId }, select: { name: true } }),
    db.user.findUniqueOrThrow({
      where: { id: card.staffId },
      select: { displayName: true, orgUnit: { select: { name: true, address: true, workingHours: true } } },
    }),
    db.orgUnit.findUniqueOrThrow({ where: { id: scope.orgUnitId }, select: { name: true } }),
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
  };
  const printed = await issuePrintout(
    scope,
    { kind: "CARD", entityType: "ContactServiceCard", entityId: card.id, personId: card.personId, orgPath: card.ownerPath },
    async (docNo, tx) => {
      await tx.contactServiceCard.update({ where: { id: card.id }, data: { printedCount: { increment: 1 } } });
      return renderContactCard({ ...base, docNo, verifyUrl: verifyUrl(origin, docNo) });
    },
  );
  return { ...printed, fileName: `服务卡-${card.cardNo}.pdf` };
}
