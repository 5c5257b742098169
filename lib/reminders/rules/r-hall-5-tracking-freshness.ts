import "server-only";
import { freshnessOf, lastActivityOf, staleCutoffInstant } from "@/lib/hall/follow-up/freshness";
import { CLOCKED_CASE_STATUSES } from "@/lib/hall/cases/workflow";
import type { ReminderInput } from "../notify";
import type { ReminderRule } from "./types";

// R-HALL-5 (§7.4.1, HALL-50): the first handler tracks every case through to completion. An open
// accepted case with no tracking entry for 5 working days (since acceptance or the last entry)
// reminds the first handler — once per 5-day stretch, so a case left alone for 10 days reminds twice.

const ID = "R-HALL-5";

export const trackingFreshnessRule: ReminderRule = {
  id: ID,
  cadence: "daily",
  async evaluate({ db, today, overrides }) {
    const cutoff = staleCutoffInstant(today, overrides);
    const cases = await db.serviceCase.findMany({
      where: { status: { in: [...CLOCKED_CASE_STATUSES] }, acceptedAt: { lt: cutoff }, tracking: { none: { at: { gte: cutoff } } } },
      select: { id: true, caseNo: true, itemName: true, acceptedAt: true, firstHandlerId: true, hallOrgPath: true },
    });
    if (cases.length === 0) return [];
    const last = await db.trackingEntry.groupBy({ by: ["caseId"], where: { caseId: { in: cases.map((c) => c.id) } }, _max: { at: true } });
    const lastAt = new Map(last.map((l) => [l.caseId, l._max.at]));
    const out: ReminderInput[] = [];
    for (const c of cases) {
      const f = freshnessOf(lastActivityOf(c.acceptedAt, lastAt.get(c.id)), today, overrides);
      if (!f.stale) continue;
      out.push({
        ruleId: ID, entityType: "ServiceCase", entityId: c.id, assigneeUserId: c.firstHandlerId, level: "INFO",
        message: `办件 ${c.caseNo}（${c.itemName}）已连续 ${f.workingDays} 个工作日未更新跟踪台账，请及时跟踪办理进度`,
        href: `/hall/follow-up/cases/${c.id}`, orgPath: c.hallOrgPath,
        fireKey: `${ID}:${c.id}:${f.since}:${f.stretch}`,
      });
    }
    return out;
  },
};
