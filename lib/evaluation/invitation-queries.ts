import "server-only";
import QRCode from "qrcode";
import { db } from "@/lib/core/db";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { loadCaseInScope } from "@/lib/hall/cases/load";
import { evaluationPath, invitationToken } from "./invitations";

export type InvitationForCase = {
  url: string;
  qrDataUrl: string;
  usedAt: Date | null;
  expiresAt: Date;
  evaluated: boolean;
  expired: boolean;
};

/**
 * Absolute base of public links: PUBLIC_BASE_URL wins (behind a proxy the request host is an
 * internal name), else the origin of the current request.
 */
export async function publicBaseUrl(origin?: string): Promise<string> {
  if (process.env.PUBLIC_BASE_URL) return process.env.PUBLIC_BASE_URL.replace(/\/+$/, "");
  if (origin) return origin.replace(/\/+$/, "");
  try {
    const { headers } = await import("next/headers");
    const h = await headers();
    const host = h.get("x-forwarded-host") ?? h.get("host");
    if (host) return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
  } catch {
    // outside a request (scripts, tests)
  }
  return "http://localhost:3000";
}

/**
 * EVA-02, staff side: the invitation of a case (loaded through the caller's scope), with its
 * public link and a QR code large enough to scan from a screen. null until the case is completed.
 */
export async function getInvitationForCase(scope: Scope, caseId: string, origin?: string): Promise<InvitationForCase | null> {
  assertCan(scope, "eval.read");
  const c = await loadCaseInScope(scope, caseId);
  const inv = await db.evaluationInvitation.findUnique({ where: { caseId: c.id } });
  if (!inv) return null;
  const [evaluation, base] = await Promise.all([
    db.evaluation.findUnique({ where: { caseId: c.id }, select: { id: true } }),
    publicBaseUrl(origin),
  ]);
  const url = `${base}${evaluationPath(invitationToken(inv))}`;
  const qrDataUrl = await QRCode.toDataURL(url, { errorCorrectionLevel: "M", margin: 2, width: 320 });
  return { url, qrDataUrl, usedAt: inv.usedAt, expiresAt: inv.expiresAt, evaluated: !!evaluation, expired: inv.expiresAt <= new Date() };
}
