import "server-only";
import { isWorkingDay } from "@/lib/core/calendar-math";
import { closingTimeOf } from "@/lib/hall/duty/closing-time";
import type { ReminderInput } from "../notify";
import type { ReminderRule } from "./types";

// R-HALL-3 (§7.1.1 日清服务, HALL-10): before closing time, each handler with accepted cases due
// today (or overdue) that have no 延时/不具备条件 decision for today is reminded to decide. Hourly
// rules run once per hour, so the check runs in the hour before the unit's closing time (the
// prompt itself opens at closing − 15 min on /hall/duty).

const ID = "R-HALL-3";

function minus60(hhmm: string): string {
  const [h, m] = hhmm.split(":").map(Number);
  const t = Math.max(0, h * 60 + m - 60);
  return `${String(Math.floor(t / 60)).padStart(2, "0")}:${String(t % 60).padStart(2, "0")}`;
}

export const sameDayClearanceRule: ReminderRule = {
  id: ID,
  cadence: "hourly",
  async evaluate({ db, today, time, overrides }) {
    if (!isWorkingDay(today, overrides)) return [];
    const day = new Date(`${today}T00:00:00Z`);
    const cases = await db.serviceCase.findMany({
      where: { status: { in: ["ACCEPTED", "IN_PROGRESS", "AWAITING_APPROVAL"] }, dueDate: { lte: day } },
      select: { id: true, firstHandlerId: true, hallOrgUnitId: true, hallOrgPath: true },
    });
    if (cases.length === 0) return [];
    const [decided, units] = await Promise.all([
      db.extendedService.findMany({ where: { date: day, caseId: { in: cases.map((c) => c.id) } }, select: { caseId: true } }),
      db.orgUnit.findMany({ where: { id: { in: [...new Set(cases.map((c) => c.hallOrgUnitId))] } }, select: { id: true, workingHours: true } }),
    ]);
    const closing = new Map(units.map((u) => [u.id, closingTimeOf(u.workingHours)]));
    const done = new Set(decided.map((d) => d.caseId));
    const byHandler = new Map<string, { n: number; orgPath: string; closing: string }>();
    for (const c of cases) {
      const close = closing.get(c.hallOrgUnitId) ?? "17:00";
      if (done.has(c.id) || time < minus60(close) || time >= close) continue;
      const cur = byHandler.get(c.firstHandlerId) ?? { n: 0, orgPath: c.hallOrgPath, closing: close };
      cur.n++;
      byHandler.set(c.firstHandlerId, cur);
    }
    return [...byHandler].map(([userId, v]): ReminderInput => ({
      ruleId: ID, entityType: "User", entityId: userId, assigneeUserId: userId, level: "WARN", dueDate: today,
      message: `今日 ${v.closing} 下班前尚有 ${v.n} 件到期未办结的办件：具备办理条件的请选择延时办理（日清服务），不具备条件的请说明原因`,
      href: "/hall/duty", orgPath: v.orgPath, fireKey: `${ID}:${userId}:${today}`,
    }));
  },
};
