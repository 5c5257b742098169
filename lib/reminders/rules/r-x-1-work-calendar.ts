import "server-only";
import type { ReminderInput } from "../notify";
import { calendarYearToCheck } from "../rule-dates";
import type { ReminderRule } from "./types";

// R-X-1: every working-day rule depends on WorkCalendar. From 1 December, while the next
// year has no row at all (the State Council holiday notice not yet loaded), remind the city admins.

const ID = "R-X-1";

export const workCalendarRule: ReminderRule = {
  id: ID,
  cadence: "daily",
  async evaluate({ db, today }) {
    const year = calendarYearToCheck(today);
    if (!year) return [];
    const loaded = await db.workCalendarDay.findFirst({
      where: { date: { gte: new Date(`${year}-01-01T00:00:00Z`), lte: new Date(`${year}-12-31T00:00:00Z`) } },
      select: { date: true },
    });
    if (loaded) return [];
    const admins = await db.user.findMany({ where: { role: "ADMIN", active: true, orgUnit: { level: "CITY" } }, select: { id: true, orgPath: true } });
    return admins.map((a): ReminderInput => ({
      ruleId: ID, entityType: "WorkCalendar", entityId: String(year), assigneeUserId: a.id, level: "WARN", dueDate: `${year}-01-01`,
      message: `${year} 年工作日历（法定节假日及调休）尚未导入，请依据国务院办公厅通知及时导入`,
      href: "/calendar", orgPath: a.orgPath, fireKey: `${ID}:${year}:${a.id}`,
    }));
  },
};
