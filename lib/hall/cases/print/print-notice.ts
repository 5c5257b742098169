import "server-only";
import { db } from "@/lib/core/db";
import { NotFound } from "@/lib/core/errors";
import { assertCan } from "@/lib/core/permissions";
import { issuePrintout } from "@/lib/core/pdf/issue-printout";
import { verifyUrl } from "@/lib/core/pdf/qr";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { DOCUMENT_KINDS } from "@/lib/core/doc-number";
import type { OneTimeNotice } from "@/lib/generated/prisma/client";
import { loadAssistInScope } from "@/lib/hall/assist/services/load";
import type { DefectiveMaterial, MissingMaterial, RequiredMaterial } from "../notice-content";
import { renderNotice } from "./render-notice";

/** What the notice's header shows about its subject, and where its print is filed. */
type Subject = {
  caseNo: string;
  itemName: string;
  clientPersonId: string;
  clientName: string;
  windowNo: string | null;
  hallOrgUnitId: string;
  orgPath: string;
  handBack?: string;
};

const NOT_FOUND = "告知单不存在、未出具或不在您的管辖范围内";

async function caseSubject(caseId: string): Promise<Subject> {
  const c = await db.serviceCase.findUniqueOrThrow({
    where: { id: caseId },
    select: { caseNo: true, itemName: true, clientPersonId: true, client: { select: { name: true } }, window: { select: { windowNo: true } }, hallOrgUnitId: true, hallOrgPath: true },
  });
  return { caseNo: c.caseNo, itemName: c.itemName, clientPersonId: c.clientPersonId, clientName: c.client.name, windowNo: c.window?.windowNo ?? null, hallOrgUnitId: c.hallOrgUnitId, orgPath: c.hallOrgPath };
}

/**
 * §7.5.3.2: an assist/proxy request with incomplete materials gets its one-time notice before any
 * case exists. The request is loaded through its own scope loader; the notice has no case number.
 */
async function assistSubject(scope: Scope, assistRequestId: string): Promise<Subject> {
  const a = await loadAssistInScope(scope, assistRequestId).catch(() => {
    throw new NotFound(NOT_FOUND);
  });
  const sdb = scopedDb(scope);
  const [person, agent, item] = await Promise.all([
    sdb.person.findFirst({ where: { id: a.clientPersonId }, select: { name: true } }),
    sdb.user.findFirst({ where: { id: a.agentStaffId }, select: { displayName: true } }),
    // The catalogue is shared city-wide (ORG-24): the item's name is read unscoped.
    db.serviceItem.findUnique({ where: { id: a.serviceItemId }, select: { name: true } }),
  ]);
  return {
    caseNo: "—", itemName: item?.name ?? a.itemCode, clientPersonId: a.clientPersonId, clientName: person?.name ?? "—", windowNo: null,
    hallOrgUnitId: a.orgUnitId, orgPath: a.orgPath,
    handBack: `补齐材料后请交帮办代办员${agent?.displayName ?? ""}，继续为您办理（§7.5.3.2）。`,
  };
}

async function subjectOf(scope: Scope, notice: OneTimeNotice): Promise<Subject> {
  if (notice.caseId) return caseSubject(notice.caseId);
  if (notice.assistRequestId) return assistSubject(scope, notice.assistRequestId);
  throw new NotFound(NOT_FOUND);
}

/**
 * prints an ISSUED one-time notice in scope — of a case, or of an assist/proxy request
 * (§7.5.3.2); `printedCount` goes up with the PRINT event.
 */
export async function printNotice(scope: Scope, noticeId: string, origin: string) {
  assertCan(scope, "hall.read");
  const notice = await scopedDb(scope).oneTimeNotice.findFirst({ where: { id: noticeId } });
  if (!notice || notice.status !== "ISSUED") throw new NotFound(NOT_FOUND);
  const s = await subjectOf(scope, notice);
  const [hall, issuer, printer] = await Promise.all([
    db.orgUnit.findUniqueOrThrow({ where: { id: s.hallOrgUnitId }, select: { name: true, address: true, officePhone: true } }),
    db.user.findUniqueOrThrow({ where: { id: notice.issuedById }, select: { displayName: true } }),
    db.orgUnit.findUniqueOrThrow({ where: { id: scope.orgUnitId }, select: { name: true } }),
  ]);
  const printed = await issuePrintout(
    scope,
    { kind: "NOTICE", entityType: "OneTimeNotice", entityId: notice.id, personId: s.clientPersonId, orgPath: s.orgPath },
    async (docNo, tx) => {
      await tx.oneTimeNotice.update({ where: { id: notice.id }, data: { printedCount: { increment: 1 } } });
      return renderNotice(
        { title: DOCUMENT_KINDS.NOTICE, issuingUnit: printer.name, docNo, verifyUrl: verifyUrl(origin, docNo) },
        {
          noticeNo: notice.noticeNo, sequence: notice.sequence, caseNo: s.caseNo, itemName: s.itemName, clientName: s.clientName,
          hallName: hall.name, hallAddress: hall.address ?? "", hallPhone: hall.officePhone ?? "—", windowNo: s.windowNo,
          issuedByName: issuer.displayName, issuedAt: notice.issuedAt, inScope: notice.inScope, competentAuthority: notice.competentAuthority,
          authorityContact: notice.authorityContact, requiredMaterials: notice.requiredMaterials as RequiredMaterial[], timeLimit: notice.timeLimit,
          missing: notice.missingMaterials as MissingMaterial[], defective: notice.defectiveMaterials as DefectiveMaterial[],
          refusalReason: notice.refusalReason, secondNoticeReason: notice.secondNoticeReason, handBack: s.handBack,
        },
      );
    },
  );
  return { ...printed, fileName: `一次性告知单-${notice.noticeNo}.pdf` };
}
