import "server-only";
import { db } from "@/lib/core/db";
import { Conflict, DomainError, Forbidden, NotFound, isUniqueViolation } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { formatShanghaiDateTime } from "@/lib/core/pdf/time";
import type { Scope } from "@/lib/core/scope";
import type { EvaluationInvitation } from "@/lib/generated/prisma/client";
import { tokenHashOf } from "./invitations";
import { PublicEvaluationInput } from "./schemas";
import { recordEvaluation } from "./services/record-evaluation";

// The public QR page /e/<token> (EVA-01, EVA-02). No session: the single-use token is the only
// key, looked up by its hash. Deliberately unscoped ("unsafe…"), so it reads and returns only what
// the client already knows — the hall, the item and the completion date — never a person's data.

export type InvitationView =
  | { state: "OPEN"; hallName: string; itemName: string; completedOn: string }
  | { state: "USED" | "EXPIRED" | "UNKNOWN" };

const TOKEN_RE = /^[A-Za-z0-9_-]{16,100}$/;

export const ALREADY_EVALUATED = "该办件已经评价过了，每次办件只能评价一次。感谢您的参与！";
export const LINK_EXPIRED = "评价链接已过期。如需反映意见，请拨打服务大厅投诉电话。";
export const LINK_UNKNOWN = "评价链接无效，请核对二维码或链接是否完整。";
export const STAFF_SESSION_REFUSED = "工作人员不能代替服务对象评价，请服务对象用本人手机扫码";

export async function unsafeGetInvitationView(token: string, now = new Date()): Promise<InvitationView> {
  if (!TOKEN_RE.test(token)) return { state: "UNKNOWN" };
  const inv = await db.evaluationInvitation.findUnique({ where: { tokenHash: tokenHashOf(token) } });
  if (!inv) return { state: "UNKNOWN" };
  if (inv.usedAt) return { state: "USED" };
  if (inv.expiresAt <= now) return { state: "EXPIRED" };
  const c = await db.serviceCase.findUnique({ where: { id: inv.caseId }, select: { itemName: true, completedAt: true, hallOrgUnitId: true } });
  if (!c) return { state: "UNKNOWN" };
  const hall = await db.orgUnit.findUnique({ where: { id: c.hallOrgUnitId }, select: { name: true } });
  return {
    state: "OPEN",
    hallName: hall?.name ?? "—",
    itemName: c.itemName,
    completedOn: c.completedAt ? formatShanghaiDateTime(c.completedAt).slice(0, 10) : "—",
  };
}

function refusalOf(inv: EvaluationInvitation | null, now: Date): DomainError {
  if (!inv) return new NotFound(LINK_UNKNOWN);
  if (inv.usedAt) return new Conflict(ALREADY_EVALUATED);
  if (inv.expiresAt <= now) return new DomainError(LINK_EXPIRED);
  return new Conflict(ALREADY_EVALUATED);
}

/**
 * The rating is the client's own (§9.1.3; EVA-05 "cannot edit evaluations"): a browser signed in
 * as staff — e.g. the clerk opening the case page's link — never spends the client's token.
 * `staffSession` is getOptionalScope() of the request; the page shows no form in that case either.
 */
function assertNotStaff(staffSession: Scope | null) {
  if (staffSession) throw new Forbidden(STAFF_SESSION_REFUSED);
}

/**
 * One rating per case (§3.14.1): in ONE transaction, the invitation is claimed by a conditional
 * update (unused and not expired), then the evaluation is inserted (caseId unique). A reused
 * token, a double click or two concurrent submits leave exactly one evaluation: the loser's
 * update matches no row (PostgreSQL re-checks the condition after the winner commits), or the
 * unique key refuses the insert, and its transaction changes nothing.
 * Evaluated: the case's hall, window and first handler (§7.8 首办负责), channel QR_CODE, by the client.
 */
export async function submitPublicEvaluation(staffSession: Scope | null, raw: PublicEvaluationInput, now = new Date()): Promise<{ submitted: true }> {
  assertNotStaff(staffSession);
  const input = parseInput(PublicEvaluationInput, raw);
  const tokenHash = tokenHashOf(input.token);
  try {
    return await db.$transaction(async (tx) => {
      const { count } = await tx.evaluationInvitation.updateMany({
        where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      const inv = await tx.evaluationInvitation.findUnique({ where: { tokenHash } });
      if (count !== 1 || !inv) throw refusalOf(inv, now);
      const c = await tx.serviceCase.findUniqueOrThrow({
        where: { id: inv.caseId },
        select: { id: true, hallOrgUnitId: true, hallOrgPath: true, windowId: true, firstHandlerId: true, itemCode: true },
      });
      await recordEvaluation(tx, {
        channel: "QR_CODE", evaluatorType: "CLIENT", unit: { id: c.hallOrgUnitId, path: c.hallOrgPath }, windowId: c.windowId,
        staffUserId: c.firstHandlerId, caseId: c.id, serviceItemCode: c.itemCode, overall: input.overall,
        indicatorScores: input.indicatorScores, comment: input.comment, contactName: input.contactName, contactPhone: input.contactPhone,
        invitationId: inv.id,
      }, null, now);
      return { submitted: true as const };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new Conflict(ALREADY_EVALUATED);
    throw e;
  }
}
