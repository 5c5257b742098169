import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "@/lib/core/db";
import { decryptField, encryptField } from "@/lib/core/crypto";

// EVA-02: on completion every case gets one evaluation invitation. No SMS gateway is configured
// on these machines (errata A6: SMS choices stay hidden), so the invitation is the QR code printed
// on the completion receipt; it opens the public page /e/<token> (no login, single use).

const VALID_DAYS = 30;

/** The lookup key of a token: a plain SHA-256 is enough for 192 random bits. */
export function tokenHashOf(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export async function createInvitation(tx: Tx, c: { id: string; hallOrgPath: string }, now = new Date()) {
  const existing = await tx.evaluationInvitation.findUnique({ where: { caseId: c.id } });
  if (existing) return existing;
  const token = randomBytes(24).toString("base64url");
  return tx.evaluationInvitation.create({
    data: {
      caseId: c.id, tokenHash: tokenHashOf(token), tokenCipher: encryptField(token),
      expiresAt: new Date(now.getTime() + VALID_DAYS * 86_400_000), orgPath: c.hallOrgPath, createdAt: now,
    },
  });
}

/** The token behind an invitation, for staff reprinting the QR code (never sent to the public page). */
export function invitationToken(inv: { tokenCipher: string }): string {
  return decryptField(inv.tokenCipher);
}

/** Public path of the evaluation page for a token. */
export function evaluationPath(token: string): string {
  return `/e/${token}`;
}
