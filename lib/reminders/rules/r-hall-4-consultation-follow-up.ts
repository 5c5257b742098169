import "server-only";
import { addWorkingDays } from "@/lib/core/calendar-math";
import type { ReminderInput } from "../notify";
import { deadlineStage, sendsDailyOverdue } from "../rule-dates";
import type { ReminderRule } from "./types";

// R-HALL-4 (§7.9.3, HALL-34): a consultation that could not be answered on the spot owes the
// client a reply by followUpDueDate. WARN the answering clerk one working day before, OVERDUE after.

const ID = "R-HALL-4";

export const consultationFollowUpRule: ReminderRule = {
  id: ID,
  cadence: "daily",
  async evaluate({ db, today, overrides }) {
    const horizon = addWorkingDays(today, 1, overrides);
    const rows = await db.consultation.findMany({
      where: { answeredOnSpot: false, followUpAnsweredAt: null, followUpDueDate: { not: null, lte: new Date(`${horizon}T00:00:00Z`) } },
      select: { id: true, followUpDueDate: true, answeredById: true, orgPath: true, contactName: true, question: true },
    });
    const out: ReminderInput[] = [];
    for (const r of rows) {
      const due = r.followUpDueDate!.toISOString().slice(0, 10);
      const stage = deadlineStage(today, due, [1], overrides);
      const topic = r.question.length > 20 ? `${r.question.slice(0, 20)}…` : r.question;
      const base = {
        ruleId: ID, entityType: "Consultation", entityId: r.id, assigneeUserId: r.answeredById, href: `/hall/consultations/${r.id}`,
        dueDate: due, orgPath: r.orgPath,
      };
      if (stage.kind === "warn") {
        out.push({ ...base, level: "WARN", message: `咨询“${topic}”须于 ${due} 前答复服务对象`, fireKey: `${ID}:${r.id}:${due}:T-1` });
      } else if (stage.kind === "overdue" && sendsDailyOverdue(today, overrides)) {
        out.push({ ...base, level: "OVERDUE", message: `咨询“${topic}”已超过答复期限 ${due}，请尽快答复服务对象`, fireKey: `${ID}:${r.id}:${due}:OVERDUE:${today}` });
      }
    }
    return out;
  },
};
