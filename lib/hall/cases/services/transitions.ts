import "server-only";
import { db, type Tx } from "@/lib/core/db";
import { loadOverrides } from "@/lib/core/calendar";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { FieldError, InvalidTransition } from "@/lib/core/errors";
import { WITHDRAW_GROUND_LABELS } from "@/lib/hall/labels";
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

/** SPEC §3.12.2 (Rec.): "no response for 60 days after 2 reminders". */
export const WITHDRAW_AFTER_DAYS = 60;
export const WITHDRAW_AFTER_REMINDERS = 2;

/**
 * Withdrawal of a case waiting for materials, confirmed by a reviewer: the client asked for it, or
 * 60 days have passed since the last notice and the first handler recorded at least two phone
 * reminders in the tracking ledger since then (§7.4.1).
 */
export async function withdrawCase(scope: Scope, raw: WithdrawCaseInput, now = new Date()) {
  assertCan(scope, "hall.review");
  const input = parseInput(WithdrawCaseInput, raw);
  return db.$transaction(async (tx) => {
    const c = await loadCaseInScope(scope, input.caseId, tx);
    assertVersion(c, input.version);
    if (input.ground === "NO_RESPONSE") await assertNoResponse(tx, c, now);
    const reason = `${WITHDRAW_GROUND_LABELS[input.ground]}：${input.reason}`;
    return fireCase(tx, scope, c, "withdraw", { now, reason, data: { outcome: "WITHDRAWN", completedAt: now, outcomeNote: reason, pausedAt: null } });
  });
}

async function assertNoResponse(tx: Tx, c: Awaited<ReturnType<typeof loadCaseInScope>>, now: Date) {
  const last = [...c.notices].filter((n) => n.status === "ISSUED").sort((a, b) => b.issuedAt.getTime() - a.issuedAt.getTime())[0];
  if (!last || now.getTime() - last.issuedAt.getTime() < WITHDRAW_AFTER_DAYS * 86_400_000) {
    throw new FieldError("ground", `自最近一次告知起未满${WITHDRAW_AFTER_DAYS}日，不能以未补正为由撤回`);
  }
  const reminders = await tx.trackingEntry.count({ where: { caseId: c.id, method: "PHONE_FOLLOWUP", at: { gte: last.issuedAt } } });
  if (reminders < WITHDRAW_AFTER_REMINDERS) {
    throw new FieldError("ground", `告知后须至少电话提醒${WITHDRAW_AFTER_REMINDERS}次并登记在跟踪台账（现有${reminders}次）`);
  }
}
