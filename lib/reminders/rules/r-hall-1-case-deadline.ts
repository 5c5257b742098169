import "server-only";
import { addWorkingDays, workingDaysBetween } from "@/lib/core/calendar-math";
import { CLOCKED_CASE_STATUSES } from "@/lib/hall/cases/workflow";
import type { ReminderInput } from "../notify";
import { deadlineStage, escalationLevel, sendsDailyOverdue } from "../rule-dates";
import { reviewersWithParents } from "./staff-directory";
import type { ReminderRule } from "./types";

// R-HALL-1 (§7.9.1 限时办结, HALL-33): open clocked cases warn their primary responsible person at
// T-2 and T-1 working days, then daily once overdue; X-42 escalates to the hall's reviewers after
// 3 working days and to the parent unit's reviewers after 10.

const ID = "R-HALL-1";

export const caseDeadlineRule: ReminderRule = {
  id: ID,
  cadence: "daily",
  async evaluate({ db, today, overrides }) {
    const horizon = addWorkingDays(today, 2, overrides);
    const cases = await db.serviceCase.findMany({
      where: { status: { in: [...CLOCKED_CASE_STATUSES] }, dueDate: { not: null, lte: new Date(`${horizon}T00:00:00Z`) } },
      select: {
        id: true, caseNo: true, itemName: true, dueDate: true, primaryResponsibleId: true, firstHandlerId: true,
        hallOrgUnitId: true, hallOrgPath: true,
      },
    });
    const overdueUnits = cases.filter((c) => c.dueDate!.toISOString().slice(0, 10) < today).map((c) => c.hallOrgUnitId);
    const reviewers = await reviewersWithParents(db, overdueUnits);
    const out: ReminderInput[] = [];
    for (const c of cases) {
      const due = c.dueDate!.toISOString().slice(0, 10);
      const stage = deadlineStage(today, due, [2, 1], overrides);
      const assignee = c.primaryResponsibleId ?? c.firstHandlerId;
      const base = { ruleId: ID, entityType: "ServiceCase", entityId: c.id, href: `/hall/cases/${c.id}`, dueDate: due, orgPath: c.hallOrgPath };
      const label = `办件 ${c.caseNo}（${c.itemName}）`;
      if (stage.kind === "warn") {
        const left = workingDaysBetween(today, due, overrides);
        out.push({
          ...base, assigneeUserId: assignee, level: "WARN",
          message: `${label}承诺办结日为 ${due}，${left > 0 ? `还剩 ${left} 个工作日` : "今日到期"}，请按期办结`,
          fireKey: `${ID}:${c.id}:${due}:T-${stage.offset}:${assignee}`,
        });
      }
      if (stage.kind !== "overdue") continue;
      const n = stage.workingDaysOverdue;
      if (sendsDailyOverdue(today, overrides)) {
        out.push({
          ...base, assigneeUserId: assignee, level: "OVERDUE",
          message: `${label}已超过承诺办结日 ${due}${n > 0 ? ` ${n} 个工作日` : ""}，请尽快办结`,
          fireKey: `${ID}:${c.id}:${due}:OVERDUE:${today}:${assignee}`,
        });
      }
      // X-42: each escalation step is announced once per due date, not every day.
      const level = escalationLevel(n);
      const steps = [
        { step: 1, users: reviewers.ofUnit(c.hallOrgUnitId), who: "本单位" },
        { step: 2, users: reviewers.ofParent(c.hallOrgUnitId), who: "下级单位" },
      ];
      for (const { step, users, who } of steps) {
        if (level < step) continue;
        for (const userId of users) {
          out.push({
            ...base, assigneeUserId: userId, level: "OVERDUE", escalation: step,
            message: `【督办】${who}${label}已超期 ${n} 个工作日（承诺办结日 ${due}），请督促办结`,
            fireKey: `${ID}:${c.id}:${due}:ESC${step}:${userId}`,
          });
        }
      }
    }
    return out;
  },
};
