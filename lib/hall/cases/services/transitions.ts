import "server-only";
import { db, type Tx } from "@/lib/core/db";
import { loadOverrides } from "@/lib/core/calendar";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { InvalidTransition } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { CaseTransitionInput, CompleteCaseInput, WithdrawCaseInput } from "../schemas";
import { assertVersion, fireCase, loadCaseInScope } from "../load";
import { dateOnly, promisedDueDate, resumedDueDate, toDateColumn } from "../due-date";
import { onCaseCompleted } from "./on-completed";
import { writeRefusalNotice } from "./notices";

/**
 * Accept (materials complete), start, forward to approval, return for correction (needs an issued
 * notice, errata A5). Acceptance starts the clock (AMB-12); re-acceptance after a return moves the
 * due date by the working days the case waited.
 */
export async function transitionCase(scope: Scope, raw: CaseTransitionInput, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(CaseTransitionInput, raw);
  const overrides = input.action === "accept" ? await loadOverrides() : null;
  return db.$transaction(async (tx) => {
    const c = await loadCaseInScope(scope, input.caseId, tx);
    assertVersion(c, input.version);
    if (input.action === "accept") {
      const today = todayInShanghai(now);
      const data = c.acceptedAt && c.pausedAt && c.dueDate
        ? dueDatesAfterPause(dateOnly(c.promisedDueDate)!, dateOnly(c.extendedDueDate), todayInShanghai(c.pausedAt), today, overrides!)
        : c.acceptedAt
          ? {}
          : firstAcceptance(today, c.promisedWorkingDays, overrides!, now);
      return fireCase(tx, scope, c, "accept", { now, data: { ...data, pausedAt: null, supplementAt: null } });
    }
    if (input.action === "returnForCorrection") return fireCase(tx, scope, c, "returnForCorrection", { now, data: { pausedAt: now } });
    return fireCase(tx, scope, c, input.action, { now });
  });
}

function firstAcceptance(today: string, days: number, overrides: Awaited<ReturnType<typeof loadOverrides>>, now: Date) {
  const due = toDateColumn(promisedDueDate(today, days, overrides));
  return { acceptedAt: now, promisedDueDate: due, dueDate: due };
}

function dueDatesAfterPause(
  promised: string, extended: string | null, pausedOn: string, today: string, overrides: Awaited<ReturnType<typeof loadOverrides>>,
) {
  const p = toDateColumn(resumedDueDate(promised, pausedOn, today, overrides));
  const e = extended ? toDateColumn(resumedDueDate(extended, pausedOn, today, overrides)) : null;
  return { promisedDueDate: p, extendedDueDate: e, dueDate: e ?? p };
}

/**
 * 办结: by the handler from 办理中, or by a reviewer who did not forward it from 待上级审批.
 * REJECTED needs item f) of a notice; completion creates the evaluation invitation (EVA-02) and,
 * where due, a return visit (HALL-60).
 */
export async function completeCase(scope: Scope, raw: CompleteCaseInput, now = new Date()) {
  const input = parseInput(CompleteCaseInput, raw);
  const asApprover = scope.role === "REVIEWER";
  assertCan(scope, "hall.handle");
  return db.$transaction(async (tx) => {
    const c = await loadCaseInScope(scope, input.caseId, tx);
    assertVersion(c, input.version);
    const action = c.status === "AWAITING_APPROVAL" ? "approveComplete" : "complete";
    if (action === "approveComplete" && !asApprover) throw new InvalidTransition("待上级审批的办件须由审核人员审批办结");
    const notices = input.outcome === "REJECTED" ? [...c.notices, await writeRefusalNotice(tx, scope, c, input.refusalReason!, now)] : c.notices;
    const extended = await extendedServiceFinish(tx, c.id, now);
    const status = await fireCase(tx, scope, { ...c, notices }, action, {
      now,
      data: { outcome: input.outcome, outcomeNote: input.outcomeNote ?? null, completedAt: now, extendedService: extended },
    });
    const invitation = await onCaseCompleted(tx, { ...c, completedAt: now }, now);
    return { status, invitationId: invitation.id };
  });
}

/** HALL-10: a case finished after closing time under a confirmed 延时办理 counts as extended service. */
async function extendedServiceFinish(tx: Tx, caseId: string, now: Date) {
  const today = toDateColumn(todayInShanghai(now));
  const ext = await tx.extendedService.findFirst({ where: { caseId, date: today, decision: "EXTEND" } });
  if (!ext) return false;
  await tx.extendedService.update({ where: { id: ext.id }, data: { finishedAt: now } });
  const hhmm = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(11, 16);
  return hhmm >= ext.closingTime;
}

/** Withdrawal of a case waiting for materials: a reviewer confirms with the reason (client withdrew / no response). */
export async function withdrawCase(scope: Scope, raw: WithdrawCaseInput, now = new Date()) {
  assertCan(scope, "hall.review");
  const input = parseInput(WithdrawCaseInput, raw);
  return db.$transaction(async (tx) => {
    const c = await loadCaseInScope(scope, input.caseId, tx);
    assertVersion(c, input.version);
    return fireCase(tx, scope, c, "withdraw", { now, reason: input.reason, data: { outcome: "WITHDRAWN", completedAt: now, outcomeNote: input.reason } });
  });
}
