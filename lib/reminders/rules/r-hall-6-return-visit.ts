import "server-only";
import { addWorkingDays } from "@/lib/core/calendar-math";
import type { ReminderInput } from "../notify";
import { deadlineStage, escalationLevel, sendsDailyOverdue } from "../rule-dates";
import { staffOfUnits, unitsByPaths } from "./staff-directory";
import type { ReminderRule } from "./types";

// R-HALL-6 (§7.4.2, HALL-60): a pending return visit warns its assignee (the first handler) 2
// working days before its due date and daily once overdue; from 3 working days overdue the hall's
// reviewers are told as well (X-42 step 1).

const ID = "R-HALL-6";

export const returnVisitRule: ReminderRule = {
  id: ID,
  cadence: "daily",
  async evaluate({ db, today, overrides }) {
    const horizon = addWorkingDays(today, 2, overrides);
    const visits = await db.returnVisit.findMany({
      where: { status: "PENDING", dueDate: { lte: new Date(`${horizon}T00:00:00Z`) } },
      select: { id: true, caseId: true, dueDate: true, assigneeUserId: true, orgPath: true },
    });
    if (visits.length === 0) return [];
    const cases = await db.serviceCase.findMany({ where: { id: { in: visits.map((v) => v.caseId) } }, select: { id: true, caseNo: true, itemName: true } });
    const caseOf = new Map(cases.map((c) => [c.id, c]));
    const halls = await unitsByPaths(db, visits.map((v) => v.orgPath));
    const reviewers = await staffOfUnits(db, [...halls.values()].map((u) => u.id), ["REVIEWER"]);
    const out: ReminderInput[] = [];
    for (const v of visits) {
      const due = v.dueDate.toISOString().slice(0, 10);
      const stage = deadlineStage(today, due, [2], overrides);
      const c = caseOf.get(v.caseId);
      const label = c ? `办件 ${c.caseNo}（${c.itemName}）的回访` : "一项回访";
      const base = { ruleId: ID, entityType: "ReturnVisit", entityId: v.id, href: `/hall/follow-up/visits/${v.id}`, dueDate: due, orgPath: v.orgPath };
      if (stage.kind === "warn") {
        out.push({ ...base, assigneeUserId: v.assigneeUserId, level: "WARN", message: `${label}须于 ${due} 前完成`, fireKey: `${ID}:${v.id}:${due}:T-2:${v.assigneeUserId}` });
        continue;
      }
      if (stage.kind !== "overdue") continue;
      if (sendsDailyOverdue(today, overrides)) {
        out.push({
          ...base, assigneeUserId: v.assigneeUserId, level: "OVERDUE", message: `${label}已超过期限 ${due}，请尽快回访`,
          fireKey: `${ID}:${v.id}:${due}:OVERDUE:${today}:${v.assigneeUserId}`,
        });
      }
      if (escalationLevel(stage.workingDaysOverdue) >= 1) {
        const hall = halls.get(v.orgPath);
        for (const userId of hall ? (reviewers.get(hall.id) ?? []) : []) {
          out.push({
            ...base, assigneeUserId: userId, level: "OVERDUE", escalation: 1,
            message: `【督办】${label}已超期 ${stage.workingDaysOverdue} 个工作日（期限 ${due}），请督促回访`,
            fireKey: `${ID}:${v.id}:${due}:ESC1:${userId}`,
          });
        }
      }
    }
    return out;
  },
};
