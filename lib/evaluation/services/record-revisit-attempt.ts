import "server-only";
import { db } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { Conflict } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { findTransition } from "@/lib/core/workflow-rules";
import { appendRevisitNote } from "../bad-review-steps";
import { badReviewWorkflow } from "../bad-review-workflow";
import { factsFor, loadBadReviewInScope } from "../bad-review-load";
import { RevisitAttemptInput } from "../schemas";

/**
 * "记录一次未联系上" (§9.2.1; SPEC "unreachable after 3 attempts (recorded)"): one failed revisit
 * attempt, counted by the server — never a number the reviewer types — with a timestamped line in
 * the revisit note. No state change and no new deadline: the REVISITING step keeps its due date.
 * Whoever may record the revisit may record an attempt (same guard: a reviewer other than the
 * rectifier, never the evaluated staff). Version-checked: a double submit counts once.
 */
export async function recordRevisitAttempt(scope: Scope, raw: RevisitAttemptInput, now = new Date()) {
  assertCan(scope, "eval.loop");
  const input = parseInput(RevisitAttemptInput, raw);
  return db.$transaction(async (tx) => {
    const c = await loadBadReviewInScope(tx, scope, input.id);
    if (c.version !== input.version) throw new Conflict("该差评记录已被他人更新，请刷新后重试");
    const history = await tx.statusHistory.findMany({
      where: { entityType: badReviewWorkflow.entityType, entityId: c.id },
      orderBy: { id: "desc" },
      take: 20,
      select: { action: true, actorId: true },
    });
    // Refuses a wrong state (not REVISITING), role or person exactly as the revisit itself would.
    findTransition(badReviewWorkflow, scope, { id: c.id, status: c.status, orgPath: c.orgPath, facts: await factsFor(tx, c) }, "revisitSatisfied", history);
    const attempts = c.revisitAttempts + 1;
    const revisitNote = appendRevisitNote(c.revisitNote, now, `第${attempts}次回访未联系上：${input.note}`);
    const { count } = await tx.badReviewCase.updateMany({
      where: { id: c.id, version: c.version, status: "REVISITING" },
      data: { revisitAttempts: attempts, revisitNote, version: { increment: 1 }, updatedById: scope.userId },
    });
    if (count !== 1) throw new Conflict("该差评记录已被他人更新，请刷新后重试");
    await writeAudit(tx, actorOf(scope), {
      action: "UPDATE", entityType: "BadReviewCase", entityId: c.id, orgPath: c.orgPath,
      diff: { revisitAttempts: { from: c.revisitAttempts, to: attempts }, revisitNote: { from: c.revisitNote, to: revisitNote } },
    });
    return { revisitAttempts: attempts, version: c.version + 1 };
  });
}
