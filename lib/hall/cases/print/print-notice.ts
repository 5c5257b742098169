import "server-only";
import { db } from "@/lib/core/db";
import { NotFound } from "@/lib/core/errors";
import { assertCan } from "@/lib/core/permissions";
import { issuePrintout } from "@/lib/core/pdf/issue-printout";
import { verifyUrl } from "@/lib/core/pdf/qr";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { DOCUMENT_KINDS } from "@/lib/core/doc-number";
import type { DefectiveMaterial, MissingMaterial, RequiredMaterial } from "../notice-content";
import { renderNotice } from "./render-notice";

/** prints an ISSUED one-time notice of a case in scope; `printedCount` goes up with the PRINT event. */
export async function printNotice(scope: Scope, noticeId: string, origin: string) {
  assertCan(scope, "hall.read");
  const notice = await scopedDb(scope).oneTimeNotice.findFirst({ where: { id: noticeId } });
  if (!notice || notice.status !== "ISSUED" || !notice.caseId) throw new NotFound("告知单不存在、未出具或不在您的管辖范围内");
  const c = await db.serviceCase.findUniqueOrThrow({
    where: { id: notice.caseId },
    select: {
      caseNo: true, itemName: true, clientPersonId: true, client: { select: { name: true } }, window: { select: { windowNo: true } },
      hallOrgUnitId: true, hallOrgPath: true,
    },
  });
  const [hall, issuer, printer] = await Promise.all([
    db.orgUnit.findUniqueOrThrow({ where: { id: c.hallOrgUnitId }, select: { name: true, address: true, officePhone: true } }),
    db.user.findUniqueOrThrow({ where: { id: notice.issuedById }, select: { displayName: true } }),
    db.orgUnit.findUniqueOrThrow({ where: { id: scope.orgUnitId }, select: { name: true } }),
  ]);
  const printed = await issuePrintout(
    scope,
    { kind: "NOTICE", entityType: "OneTimeNotice", entityId: notice.id, personId: c.clientPersonId, orgPath: c.hallOrgPath },
    async (docNo, tx) => {
      await tx.oneTimeNotice.update({ where: { id: notice.id }, data: { printedCount: { increment: 1 } } });
      return renderNotice(
        { title: DOCUMENT_KINDS.NOTICE, issuingUnit: printer.name, docNo, verifyUrl: verifyUrl(origin, docNo) },
        {
          noticeNo: notice.noticeNo, sequence: notice.sequence, caseNo: c.caseNo, itemName: c.itemName, clientName: c.client.name,
          hallName: hall.name, hallAddress: hall.address ?? "", hallPhone: hall.officePhone ?? "—", windowNo: c.window?.windowNo ?? null,
          issuedByName: issuer.displayName, issuedAt: notice.issuedAt, inScope: notice.inScope, competentAuthority: notice.competentAuthority,
          authorityContact: notice.authorityContact, requiredMaterials: notice.requiredMaterials as RequiredMaterial[], timeLimit: notice.timeLimit,
          missing: notice.missingMaterials as MissingMaterial[], defective: notice.defectiveMaterials as DefectiveMaterial[],
          refusalReason: notice.refusalReason, secondNoticeReason: notice.secondNoticeReason,
        },
      );
    },
  );
  return { ...printed, fileName: `一次性告知单-${notice.noticeNo}.pdf` };
}
