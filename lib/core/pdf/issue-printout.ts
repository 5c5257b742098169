import "server-only";
import { db, type Tx } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { DOCUMENT_KINDS, nextDocumentNo, type DocumentKind } from "@/lib/core/doc-number";
import type { Scope } from "@/lib/core/scope";
import { preloadCjkFont } from "@/lib/core/pdf/font";

/** `personId` is absent for papers about no client (a duty roster, an analysis report). */
export type PrintSubject = { kind: DocumentKind; entityType: string; entityId: string; personId?: string; orgPath: string };

/**
 * every print takes a new document number and writes a PRINT event naming the
 * document type and number. Number, rendering and audit share one transaction, so a failed render
 * gives the number back (gap-free) and no PRINT event exists for a page nobody got.
 */
export async function issuePrintout(
  scope: Scope,
  subject: PrintSubject,
  render: (docNo: string, tx: Tx) => Promise<Uint8Array>,
): Promise<{ docNo: string; bytes: Uint8Array }> {
  // Loaded outside the transaction: the first read of the 8 MB font must not hold the counter lock.
  await preloadCjkFont();
  return db.$transaction(
    async (tx) => {
      const docNo = await nextDocumentNo(tx, subject.kind, await issuerCode(tx, scope));
      const bytes = await render(docNo, tx);
      await writeAudit(tx, actorOf(scope), {
        action: "PRINT", entityType: "PrintedDocument", entityId: docNo, personId: subject.personId, orgPath: subject.orgPath,
        diff: { docType: subject.kind, docTypeLabel: DOCUMENT_KINDS[subject.kind], docNo, source: { type: subject.entityType, id: subject.entityId } },
      });
      return { docNo, bytes };
    },
    { timeout: 30_000 },
  );
}

/** The issuing unit is the printing user's unit: it is the one that vouches for the paper. */
async function issuerCode(tx: Tx, scope: Scope): Promise<string> {
  const unit = await tx.orgUnit.findUniqueOrThrow({ where: { id: scope.orgUnitId }, select: { code: true } });
  return unit.code;
}
