import "server-only";
import { BAD_REVIEW_STATUS_LABELS } from "@/lib/evaluation/labels";
import type { ReminderInput } from "../notify";
import { deadlineStage, sendsDailyOverdue } from "../rule-dates";
import { reviewersWithParents } from "./staff-directory";
import type { ReminderRule } from "./types";

// R-EVA-1 (§9.2.1, EVA-04): every open step of a bad-review loop has a deadline (stepDueDate).
// WARN on the due day, OVERDUE daily after it, to the reviewers of the evaluated unit; a unit
// without a reviewer of its own (many villages) is looked after by its parent unit's reviewers.

const ID = "R-EVA-1";

export const badReviewStepRule: ReminderRule = {
  id: ID,
  cadence: "daily",
  async evaluate({ db, today, overrides }) {
    const loops = await db.badReviewCase.findMany({
      where: { status: { notIn: ["CLOSED", "INVALID"] }, stepDueDate: { not: null, lte: new Date(`${today}T00:00:00Z`) } },
      select: { id: true, status: true, stepDueDate: true, orgUnitId: true, orgPath: true, serviceItemCode: true },
    });
    const reviewers = await reviewersWithParents(db, loops.map((l) => l.orgUnitId));
    const out: ReminderInput[] = [];
    for (const l of loops) {
      const due = l.stepDueDate!.toISOString().slice(0, 10);
      const stage = deadlineStage(today, due, [0], overrides);
      const own = reviewers.ofUnit(l.orgUnitId);
      const users = own.length ? own : reviewers.ofParent(l.orgUnitId);
      const step = BAD_REVIEW_STATUS_LABELS[l.status];
      const base = { ruleId: ID, entityType: "BadReviewCase", entityId: l.id, href: `/evaluation/bad-reviews/${l.id}`, dueDate: due, orgPath: l.orgPath };
      for (const userId of users) {
        if (stage.kind === "warn") {
          out.push({
            ...base, assigneeUserId: userId, level: "WARN",
            message: `差评闭环“${step}”环节今日（${due}）到期，请按期办理`,
            fireKey: `${ID}:${l.id}:${l.status}:${due}:WARN:${userId}`,
          });
        } else if (stage.kind === "overdue" && sendsDailyOverdue(today, overrides)) {
          out.push({
            ...base, assigneeUserId: userId, level: "OVERDUE", escalation: own.length ? 0 : 1,
            message: `差评闭环“${step}”环节已超过期限 ${due}${stage.workingDaysOverdue > 0 ? ` ${stage.workingDaysOverdue} 个工作日` : ""}，请尽快办理`,
            fireKey: `${ID}:${l.id}:${l.status}:${due}:OVERDUE:${today}:${userId}`,
          });
        }
      }
    }
    return out;
  },
};
