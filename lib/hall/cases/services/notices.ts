import "server-only";
import { db, type Tx } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { nextCounterValue } from "@/lib/core/doc-number";
import { Conflict, DomainError, Forbidden, InvalidTransition, NotFound } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DecideSecondNoticeInput, IncompleteNoticeInput, RefuseCaseInput } from "../schemas";
import { assertHandler, assertVersion, fireCase, loadCaseForHallWrite, loadCaseInScope, type CaseWithParts } from "../load";
import { CLOCKED_CASE_STATUSES, OPEN_CASE_STATUSES } from "../workflow";
import { incompleteNoticeContent, requiredMaterialsOf, timeLimitText } from "../notice-content";
import { issueCaseContactCard } from "./contact-card";

/** `N-{unitCode}-{yyyy}-{seq6}`: one series per hall and year. */
export async function nextNoticeNo(tx: Tx, unitCode: string, now = new Date()): Promise<string> {
  const year = todayInShanghai(now).slice(0, 4);
  const seq = await nextCounterValue(tx, `NOTICE:${unitCode}:${year}`);
  return `N-${unitCode}-${year}-${String(seq).padStart(6, "0")}`;
}

async function hallCode(tx: Tx, c: CaseWithParts) {
  return (await tx.orgUnit.findUniqueOrThrow({ where: { id: c.hallOrgUnitId }, select: { code: true } })).code;
}

type NoticeData = Omit<Prisma.OneTimeNoticeUncheckedCreateInput, "noticeNo" | "issuedById" | "orgPath" | "requiredMaterials" | "timeLimit" | "sequence">;

/** Writes a notice of `c` with the next sequence number, items b) and c) filled from the case. */
async function createNotice(tx: Tx, scope: Scope, c: CaseWithParts, data: NoticeData, now: Date) {
  const notice = await tx.oneTimeNotice.create({
    data: {
      ...data,
      caseId: c.id,
      sequence: c.notices.length + 1,
      noticeNo: await nextNoticeNo(tx, await hallCode(tx, c), now),
      requiredMaterials: requiredMaterialsOf(c.materials) as Prisma.InputJsonValue,
      timeLimit: timeLimitText(c.promisedWorkingDays),
      issuedById: scope.userId,
      issuedAt: now,
      orgPath: c.hallOrgPath,
    },
  });
  await writeAudit(tx, actorOf(scope), {
    action: "CREATE", entityType: "OneTimeNotice", entityId: notice.id, personId: c.clientPersonId, orgPath: c.hallOrgPath,
    diff: { noticeNo: notice.noticeNo, caseId: c.id, sequence: notice.sequence, status: notice.status },
  });
  return notice;
}

/**
 * §7.9.2 / HALL-01: the material check found gaps. The FIRST notice is issued at once and moves
 * the case to 待补正 (REGISTERED) or back to 待补正 (after acceptance, errata A5 — the clock stops);
 * on a client's first incomplete submission the contact-service card is issued too (§7.8.2).
 * A LATER notice only lists materials no earlier notice listed and waits for a reviewer's reason.
 */
export async function issueIncompleteNotice(scope: Scope, raw: IncompleteNoticeInput, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(IncompleteNoticeInput, raw);
  return db.$transaction(async (tx) => {
    const c = await loadCaseInScope(scope, input.caseId, tx);
    assertVersion(c, input.version);
    await assertHandler(tx, scope, c, now);
    if (!["REGISTERED", "PENDING_MATERIALS", "IN_PROGRESS", "AWAITING_APPROVAL"].includes(c.status)) {
      throw new InvalidTransition("当前状态不能出具补正告知");
    }
    const prior = c.notices.filter((n) => n.status !== "REFUSED" && n.inScope && !n.refusalReason);
    if (prior.some((n) => n.status === "PENDING_APPROVAL")) throw new Conflict("已有一份告知单等待审核人员填写二次告知原因");
    const content = incompleteNoticeContent(c.materials, prior);
    if (!content.ok) throw new DomainError(content.message);
    const isSecond = prior.length > 0;
    const notice = await createNotice(tx, scope, c, {
      status: isSecond ? "PENDING_APPROVAL" : "ISSUED",
      missingMaterials: content.missing as Prisma.InputJsonValue,
      defectiveMaterials: content.defective as Prisma.InputJsonValue,
      secondNoticeReason: isSecond ? (input.secondNoticeReason ?? null) : null,
    }, now);
    if (isSecond) return { notice, status: c.status, cardId: null };
    const fresh = { ...c, notices: [...c.notices, notice] };
    const afterAcceptance = c.status === "IN_PROGRESS" || c.status === "AWAITING_APPROVAL";
    const status = await fireCase(tx, scope, fresh, afterAcceptance ? "returnForCorrection" : "markIncomplete", {
      now, data: afterAcceptance ? { pausedAt: now } : {},
    });
    const card = afterAcceptance ? null : await issueCaseContactCard(tx, scope, c, now);
    return { notice, status, cardId: card?.id ?? null };
  });
}

/**
 * HALL-01: a second notice needs a REVIEWER's reason ("二次告知原因"); the reviewer is not the
 * clerk who asked for it. Approved, it is issued; refused, the clerk handles the case without it.
 */
export async function decideSecondNotice(scope: Scope, raw: DecideSecondNoticeInput, now = new Date()) {
  assertCan(scope, "hall.review");
  const input = parseInput(DecideSecondNoticeInput, raw);
  const notice = await scopedDb(scope).oneTimeNotice.findFirst({ where: { id: input.noticeId } });
  if (!notice || !notice.caseId) throw new NotFound("告知单不存在或不在您的管辖范围内");
  if (notice.status !== "PENDING_APPROVAL") throw new InvalidTransition("该告知单不在待审核状态");
  if (notice.issuedById === scope.userId) throw new Forbidden("不能审核本人申请的二次告知");
  return db.$transaction(async (tx) => {
    const c = await loadCaseForHallWrite(scope, notice.caseId!, tx);
    if (!OPEN_CASE_STATUSES.includes(c.status)) throw new InvalidTransition("办件已办结或已撤回，不能再出具告知单");
    const { count } = await tx.oneTimeNotice.updateMany({
      where: { id: notice.id, version: input.version, status: "PENDING_APPROVAL" },
      data: input.approve
        ? { status: "ISSUED", secondNoticeReason: input.reason, approvedById: scope.userId, approvedAt: now, issuedAt: now, version: { increment: 1 } }
        : { status: "REFUSED", approvedById: scope.userId, approvedAt: now, version: { increment: 1 } },
    });
    if (count !== 1) throw new Conflict();
    await writeAudit(tx, actorOf(scope), {
      action: input.approve ? "APPROVE" : "REJECT", entityType: "OneTimeNotice", entityId: notice.id, personId: c.clientPersonId,
      orgPath: c.hallOrgPath, reason: input.reason, diff: { noticeNo: notice.noticeNo, sequence: notice.sequence },
    });
    // An accepted case goes back for correction now, not when the handler next clicks (AMB-12).
    if (input.approve && CLOCKED_CASE_STATUSES.includes(c.status) && c.status !== "ACCEPTED") {
      const issued = c.notices.map((n) => (n.id === notice.id ? { ...n, status: "ISSUED" as const, issuedAt: now } : n));
      await fireCase(tx, scope, { ...c, notices: issued }, "returnBySecondNotice", { now, data: { pausedAt: now } });
    }
    return { status: input.approve ? "ISSUED" : "REFUSED" };
  });
}

/**
 * §7.6 a / f, HALL-02: not the hall's remit (the client is guided to the competent authority, the
 * case closes as REFERRED) or not acceptable (NOT_ACCEPTED with the reason and its basis).
 */
export async function refuseCase(scope: Scope, raw: RefuseCaseInput, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(RefuseCaseInput, raw);
  return db.$transaction(async (tx) => {
    const c = await loadCaseInScope(scope, input.caseId, tx);
    assertVersion(c, input.version);
    await assertHandler(tx, scope, c, now);
    const notice = await createNotice(tx, scope, c, {
      status: "ISSUED", inScope: input.inScope,
      competentAuthority: input.inScope ? null : input.competentAuthority, authorityContact: input.inScope ? null : input.authorityContact,
      refusalReason: input.inScope ? input.refusalReason : null,
    }, now);
    const status = await fireCase(tx, scope, { ...c, notices: [...c.notices, notice] }, "refuse", {
      now,
      data: {
        outcome: input.inScope ? "NOT_ACCEPTED" : "REFERRED", completedAt: now,
        referralAuthority: input.inScope ? null : `${input.competentAuthority}（${input.authorityContact}）`,
        outcomeNote: input.inScope ? input.refusalReason : null,
      },
    });
    return { notice, status };
  });
}

/** f) for a completion with outcome REJECTED (§3.12.2 "if REJECTED, a notice with f is required"). */
export async function writeRefusalNotice(tx: Tx, scope: Scope, c: CaseWithParts, reason: string, now: Date) {
  return createNotice(tx, scope, c, { status: "ISSUED", inScope: true, refusalReason: reason }, now);
}
