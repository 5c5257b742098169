import "server-only";
import type { ReminderInput } from "../notify";
import { quarterlyAnalysisDue, sendsDailyOverdue } from "../rule-dates";
import { staffOfUnits } from "./staff-directory";
import type { ReminderRule } from "./types";

// R-EVA-2 (§9.2.2, EVA-06): every DISTRICT and the CITY analyse the evaluations at least
// quarterly. From the 5th working day after a quarter ends, a unit without that quarter's
// EvaluationAnalysis reminds its reviewers — once per unit, quarter and reviewer.

const ID = "R-EVA-2";

export const quarterlyAnalysisRule: ReminderRule = {
  id: ID,
  cadence: "daily",
  async evaluate({ db, today, overrides }) {
    const due = quarterlyAnalysisDue(today, overrides);
    if (!due) return [];
    // WARN once on the due day; OVERDUE once a working day after it.
    const overdue = today > due.due;
    if (overdue && !sendsDailyOverdue(today, overrides)) return [];
    const units = await db.orgUnit.findMany({ where: { level: { in: ["CITY", "DISTRICT"] }, active: true }, select: { id: true, name: true, path: true } });
    const done = await db.evaluationAnalysis.findMany({
      where: { period: "QUARTER", periodKey: due.quarterKey, scopeOrgUnitId: { in: units.map((u) => u.id) } },
      select: { scopeOrgUnitId: true },
    });
    const missing = units.filter((u) => !done.some((d) => d.scopeOrgUnitId === u.id));
    const reviewers = await staffOfUnits(db, missing.map((u) => u.id), ["REVIEWER"]);
    return missing.flatMap((u) => (reviewers.get(u.id) ?? []).map((userId): ReminderInput => ({
      ruleId: ID, entityType: "EvaluationAnalysis", entityId: `${u.id}:${due.quarterKey}`, assigneeUserId: userId, level: overdue ? "OVERDUE" : "WARN", dueDate: due.due,
      message: `${u.name}尚未完成 ${due.quarterKey} 服务评价分析研判（应于 ${due.due} 前完成），请生成分析报告并提出整改措施`,
      href: "/evaluation/analysis", orgPath: u.path, fireKey: overdue ? `${ID}:${due.quarterKey}:${u.id}:${userId}:OVERDUE:${today}` : `${ID}:${due.quarterKey}:${u.id}:${userId}:WARN`,
    })));
  },
};
