import "server-only";
import type { Tx } from "@/lib/core/db";
import type { BadReviewCase } from "@/lib/generated/prisma/client";
import { writeReminders, type ReminderInput } from "@/lib/reminders/notify";
import { stepAssignees } from "../bad-review-assignees";
import { reviewerIdsOf } from "../bad-review-load";
import { BAD_REVIEW_STATUS_LABELS } from "../labels";

// R-EVA-1: "step deadlines drive reminders, per step". Whoever must act on the step a case has
// just entered finds it in the inbox with the step's due date; fireKeys name the case, the step
// and the case version, so a loop's second RECTIFYING reminds again but a retry never does.

/** Whoever must act on the step the case has just entered (bad-review-assignees.ts). */
export async function remindNextStep(tx: Tx, c: BadReviewCase, due: string | null) {
  const ids = (await stepAssignees(tx, [c])).get(c.id) ?? [];
  const reminders: ReminderInput[] = ids.map((userId) => ({
    ruleId: "R-EVA-1", entityType: "BadReviewCase", entityId: c.id, assigneeUserId: userId, level: "WARN",
    message: `差评闭环进入“${BAD_REVIEW_STATUS_LABELS[c.status]}”环节，请在${due ?? "期限"}前办理`,
    href: `/evaluation/bad-reviews/${c.id}`, dueDate: due, fireKey: `R-EVA-1:${c.id}:${c.status}:${c.version}:${userId}`, orgPath: c.orgPath,
  }));
  await writeReminders(tx, reminders);
}

/** §3.14.1 "after the 2nd loop the case escalates to the parent level": its reviewers are told. */
export async function remindEscalation(tx: Tx, c: BadReviewCase, ancestors: string[]) {
  const parent = ancestors[0];
  if (!parent) return;
  const ids = await reviewerIdsOf(tx, parent, c.staffUserId);
  await writeReminders(tx, ids.map((userId) => ({
    ruleId: "R-EVA-1", entityType: "BadReviewCase", entityId: c.id, assigneeUserId: userId, level: "OVERDUE" as const, escalation: 2,
    message: `差评经${c.loopCount}次整改回访仍不满意，已升级至上级单位督办`,
    href: `/evaluation/bad-reviews/${c.id}`, dueDate: null, fireKey: `R-EVA-1:${c.id}:ESCALATED:${userId}`, orgPath: c.orgPath,
  })));
}
