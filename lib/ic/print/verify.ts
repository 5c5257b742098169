import "server-only";
import { db } from "@/lib/core/db";
import { DOCUMENT_KINDS, parseDocumentNo } from "@/lib/core/doc-number";
import { formatShanghaiDateTime } from "@/lib/core/pdf/time";

export type VerifiedDocument = { kindLabel: string; issuingUnit: string; issuedOn: string };

/**
 * The public /verify/<docNo> page (X-50 QR). Deliberately unscoped — anyone holding the paper may
 * check it — so it returns only the document type, the issuing unit and the date: never the
 * person, the profile or the printing user.
 */
export async function unsafeVerifyDocument(docNo: string): Promise<VerifiedDocument | null> {
  const parsed = parseDocumentNo(docNo);
  if (!parsed) return null;
  const event = await db.auditEvent.findFirst({
    where: { action: "PRINT", entityType: "PrintedDocument", entityId: docNo },
    select: { at: true },
  });
  if (!event) return null;
  const unit = await db.orgUnit.findUnique({ where: { code: parsed.unitCode }, select: { name: true } });
  return { kindLabel: DOCUMENT_KINDS[parsed.kind], issuingUnit: unit?.name ?? "—", issuedOn: formatShanghaiDateTime(event.at).slice(0, 10) };
}
