import "server-only";
import { db, type Tx } from "@/lib/core/db";
import { loadOverrides } from "@/lib/core/calendar";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { Conflict, FieldError } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { fireTransition } from "@/lib/core/workflow";
import type { BadReviewCase, BadReviewStatus, Prisma } from "@/lib/generated/prisma/client";
import { ANONYMOUS_REVISIT_NOTE, ESCALATE_AFTER_LOOPS, MIN_REVISIT_ATTEMPTS, appendRevisitNote, stepDueDate } from "../bad-review-steps";
import { badReviewWorkflow, type BadReviewAction } from "../bad-review-workflow";
import { factsFor, loadBadReviewInScope } from "../bad-review-load";
import { isBadRating } from "../rating-rules";
import {
  CloseBadReviewInput, ConfirmValidInput, DecideInvalidInput, MarkInvalidInput, RectifyInput, RevisitInput, TakeBadReviewInput,
} from "../schemas";
import { remindEscalation, remindNextStep } from "./bad-review-reminders";

// The steps of the §9.2.1 loop. Each loads the case through the caller's scope, checks the version
// (a stale or double submit is a Conflict), validates the step's fields (FieldError next to the
// field) and fires the transition: the engine checks who may act, writes history and audit, and
// the new step's due date is set from the one table in bad-review-steps.ts.

type Step = { action: BadReviewAction; data?: Prisma.BadReviewCaseUpdateManyMutationInput; reason?: string };

async function advance(scope: Scope, id: string, version: number, now: Date, decide: (c: BadReviewCase, tx: Tx) => Promise<Step> | Step) {
  assertCan(scope, "eval.loop");
  const overrides = await loadOverrides();
  return db.$transaction(async (tx) => {
    const c = await loadBadReviewInScope(tx, scope, id);
    if (c.version !== version) throw new Conflict("该差评记录已被他人更新，请刷新后重试");
    const step = await decide(c, tx);
    const facts = await factsFor(tx, c);
    let due: string | null = null;
    const to = await fireTransition(tx, badReviewWorkflow, scope, {
      record: { id: c.id, status: c.status, orgPath: c.orgPath, facts },
      action: step.action,
      reason: step.reason,
      // the step's own fields (verification, tags, measures, revisit…) in the same audit event.
      changes: step.data ?? {},
      commit: async (t, next: BadReviewStatus) => {
        due = stepDueDate(next, todayInShanghai(now), overrides);
        const { count } = await t.badReviewCase.updateMany({
          where: { id: c.id, version: c.version, status: c.status },
          data: {
            ...step.data, status: next, stepDueDate: due ? new Date(`${due}T00:00:00.000Z`) : null,
            version: { increment: 1 }, updatedById: scope.userId, ...(next === "CLOSED" || next === "INVALID" ? { closedAt: now } : {}),
          },
        });
        return count;
      },
    });
    const updated = await tx.badReviewCase.findUniqueOrThrow({ where: { id: c.id } });
    await remindNextStep(tx, updated, due);
    if (updated.escalatedAt && !c.escalatedAt) await remindEscalation(tx, updated, facts.ancestorUnitIds);
    return { status: to, version: updated.version };
  });
}

/** FOUND → VERIFYING: a reviewer of the evaluated unit takes the case (not the evaluated staff). */
export async function takeBadReview(scope: Scope, raw: TakeBadReviewInput, now = new Date()) {
  const input = parseInput(TakeBadReviewInput, raw);
  return advance(scope, input.id, input.version, now, () => ({ action: "take" }));
}

/** VERIFYING → INVALID_PENDING: found unfounded, with evidence; the parent level confirms. */
export async function markBadReviewInvalid(scope: Scope, raw: MarkInvalidInput, now = new Date()) {
  const input = parseInput(MarkInvalidInput, raw);
  return advance(scope, input.id, input.version, now, () => ({
    action: "markInvalid",
    data: { valid: false, verification: input.verification, evidence: input.evidence, verifiedById: scope.userId, verifiedAt: now },
  }));
}

/** INVALID_PENDING → INVALID (confirmed by the parent-level reviewer) or back to VERIFYING. */
export async function decideBadReviewInvalid(scope: Scope, raw: DecideInvalidInput, now = new Date()) {
  const input = parseInput(DecideInvalidInput, raw);
  return advance(scope, input.id, input.version, now, () =>
    input.confirm
      ? { action: "confirmInvalid", reason: input.reason }
      : { action: "rejectInvalid", reason: input.reason, data: { valid: null } },
  );
}

/** VERIFYING → RECTIFYING: valid, with the issue tags (required from verification on). */
export async function confirmBadReviewValid(scope: Scope, raw: ConfirmValidInput, now = new Date()) {
  const input = parseInput(ConfirmValidInput, raw);
  return advance(scope, input.id, input.version, now, () => ({
    action: "confirmValid",
    data: { valid: true, issueTags: [...new Set(input.issueTags)], verification: input.verification, evidence: null, verifiedById: scope.userId, verifiedAt: now },
  }));
}

/**
 * RECTIFYING → REVISITING with the measures and the feedback given to the client; an anonymous
 * review (no contact) goes straight to IMPROVING, recorded as "匿名无法回访" (AMB-51). Each
 * rectification opens a fresh revisit: the recorded-attempt count starts again at 0 (the notes of
 * earlier rounds stay), so "unreachable after 3 attempts" means 3 attempts after THIS rectification.
 */
export async function rectifyBadReview(scope: Scope, raw: RectifyInput, now = new Date()) {
  const input = parseInput(RectifyInput, raw);
  return advance(scope, input.id, input.version, now, (c) => {
    const done = { rectification: input.rectification, rectifiedById: scope.userId, rectifiedAt: now, revisitAttempts: 0 };
    if (c.anonymous) return { action: "rectifyAnonymous", data: { ...done, feedbackToClient: null, revisitNote: ANONYMOUS_REVISIT_NOTE } };
    if (!input.feedbackToClient) throw new FieldError("feedbackToClient", "请填写向服务对象反馈的内容");
    return { action: "rectify", data: { ...done, feedbackToClient: input.feedbackToClient } };
  });
}

/**
 * REVISITING → IMPROVING when the client is at least 基本满意, or — no satisfaction chosen — when
 * the STORED count of recorded failed attempts (recordRevisitAttempt) has reached 3; → RECTIFYING
 * when still dissatisfied (loopCount + 1; after the second loop the case escalates to the parent
 * unit, whose reviewers are reminded). A revisit that reached the client counts as one attempt.
 */
export async function recordBadReviewRevisit(scope: Scope, raw: RevisitInput, now = new Date()) {
  const input = parseInput(RevisitInput, raw);
  return advance(scope, input.id, input.version, now, (c) => {
    const s = input.revisitSatisfaction;
    const note = input.revisitNote ? appendRevisitNote(c.revisitNote, now, `回访：${input.revisitNote}`) : c.revisitNote;
    if (!s) {
      if (c.revisitAttempts < MIN_REVISIT_ATTEMPTS) {
        throw new FieldError(
          "revisitSatisfaction",
          `请选择回访满意度；联系不上服务对象的，须先“记录一次未联系上”满${MIN_REVISIT_ATTEMPTS}次（已记录${c.revisitAttempts}次）`,
        );
      }
      return { action: "revisitSatisfied", reason: `${c.revisitAttempts}次回访均未联系上服务对象`, data: { revisitSatisfaction: null, revisitNote: note } };
    }
    const reached = { revisitAttempts: c.revisitAttempts + 1, revisitNote: note, revisitSatisfaction: s };
    if (isBadRating(s)) {
      const loops = c.loopCount + 1;
      return {
        action: "revisitDissatisfied",
        reason: `回访仍不满意（第${loops}次重新整改）`,
        data: { ...reached, loopCount: loops, ...(loops >= ESCALATE_AFTER_LOOPS && !c.escalatedAt ? { escalatedAt: now } : {}) },
      };
    }
    return { action: "revisitSatisfied", data: reached };
  });
}

/** IMPROVING → CLOSED by the parent level: the improvement and ≥ 1 artefact, or why none is needed. */
export async function closeBadReview(scope: Scope, raw: CloseBadReviewInput, now = new Date()) {
  const input = parseInput(CloseBadReviewInput, raw);
  return advance(scope, input.id, input.version, now, async (_c, tx) => {
    const links = [];
    for (const [i, l] of input.improvementLinks.entries()) {
      const ref = l.type === "SERVICE_ITEM" ? l.ref.toUpperCase() : l.ref;
      // E11: an artefact of the catalogue is a PUBLISHED item (a draft or retired one is no improvement in force).
      if (l.type === "SERVICE_ITEM" && !(await tx.serviceItem.findFirst({ where: { code: ref, status: "PUBLISHED" }, select: { id: true } }))) {
        throw new FieldError("improvementLinks", `第${i + 1}项：服务事项编码“${l.ref}”不存在或未发布`);
      }
      links.push({ type: l.type, ref, note: l.note ?? null });
    }
    return {
      action: "close",
      data: { improvement: input.improvement, improvementLinks: links, noSystemicReason: input.noSystemicReason ?? null },
    };
  });
}
