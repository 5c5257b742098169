import "server-only";
import { stepAssignees } from "@/lib/evaluation/bad-review-assignees";
import { BAD_REVIEW_STATUS_LABELS } from "@/lib/evaluation/labels";
import type { ReminderInput } from "../notify";
import { deadlineStage, escalationLevel, sendsDailyOverdue } from "../rule-dates";
import { reviewersWithParents } from "./staff-directory";
import type { ReminderRule } from "./types";

// R-EVA-1 (§9.2.1, EVA-04): every open step of a bad-review loop has a deadline (stepDueDate).
// WARN on the due day and OVERDUE daily after it to whoever acts on that step — the evaluation
// module's stepAssignees (the verifying reviewer, the responsible staff member, the parent-level
// closer; never the evaluated staff member for a reviewer's step). X-42 escalates an overdue step
// to the unit's reviewers after 3 working days and to the parent unit's after 10, once per due date.

const ID = "R-EVA-1";

export const badReviewStepRule: ReminderRule = {
  id: ID,
  cadence: "daily",
  async evaluate({ db, today, overrides }) {
    const loops = await db.badReviewCase.findMany({
      where: { status: { notIn: ["CLOSED", "INVALID"] }, stepDueDate: { not: null, lte: new Date(`${today}T00:00:00Z`) } },
      select: { id: true, status: true, stepDueDate: true, orgUnitId: true, orgPath: true, unitLevel: true, staffUserId: true, rectifiedById: true },
    });
    if (loops.length === 0) return [];
    const [assignees, reviewers] = await Promise.all([stepAssignees(db, loops), reviewersWithParents(db, loops.map((l) => l.orgUnitId))]);
    const out: ReminderInput[] = [];
    for (const l of loops) {
      const due = l.stepDueDate!.toISOString().slice(0, 10);
      const stage = deadlineStage(today, due, [0], overrides);
      const step = BAD_REVIEW_STATUS_LABELS[l.status];
      const base = { ruleId: ID, entityType: "BadReviewCase", entityId: l.id, href: `/evaluation/bad-reviews/${l.id}`, dueDate: due, orgPath: l.orgPath };
      const users = assignees.get(l.id) ?? [];
      for (const userId of users) {
        if (stage.kind === "warn") {
          out.push({ ...base, assigneeUserId: userId, level: "WARN", message: `差评闭环“${step}”环节今日（${due}）到期，请按期办理`, fireKey: `${ID}:${l.id}:${l.status}:${due}:WARN:${userId}` });
        } else if (stage.kind === "overdue" && sendsDailyOverdue(today, overrides)) {
          out.push({
            ...base, assigneeUserId: userId, level: "OVERDUE",
            message: `差评闭环“${step}”环节已超过期限 ${due}${stage.workingDaysOverdue > 0 ? ` ${stage.workingDaysOverdue} 个工作日` : ""}，请尽快办理`,
            fireKey: `${ID}:${l.id}:${l.status}:${due}:OVERDUE:${today}:${userId}`,
          });
        }
      }
      if (stage.kind !== "overdue") continue;
      const level = escalationLevel(stage.workingDaysOverdue);
      const steps = [
        { step: 1, ids: reviewers.ofUnit(l.orgUnitId), who: "本单位" },
        { step: 2, ids: reviewers.ofParent(l.orgUnitId), who: "下级单位" },
      ];
      for (const { step: n, ids, who } of steps) {
        if (level < n) continue;
        // EVA-05: the evaluated staff member is never the one to chase their own bad review.
        for (const userId of ids.filter((id) => id !== l.staffUserId && !users.includes(id))) {
          out.push({
            ...base, assigneeUserId: userId, level: "OVERDUE", escalation: n,
            message: `【督办】${who}差评闭环“${step}”环节已超期 ${stage.workingDaysOverdue} 个工作日（期限 ${due}），请督促办理`,
            fireKey: `${ID}:${l.id}:${l.status}:${due}:ESC${n}:${userId}`,
          });
        }
      }
    }
    return out;
  },
};
