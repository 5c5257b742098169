import "server-only";
import { addDays } from "@/lib/core/calendar-math";
import { APPOINTMENT_TYPE_LABELS } from "@/lib/hall/labels";
import type { ReminderInput } from "../notify";
import { appointmentReminderDue } from "../rule-dates";
import { staffOfUnits } from "./staff-directory";
import type { ReminderRule } from "./types";

// R-HALL-7 (§7.2.1): a non-working-day or remote-video appointment must be confirmed in time.
// Still REQUESTED on the working day before its date → the assigned staff member, or the unit's
// reviewers when nobody is assigned yet. Hourly, because such requests can arrive the same day.

const ID = "R-HALL-7";
/** Longest stretch of non-working days to look across (Spring Festival, National Day). */
const LOOKAHEAD_DAYS = 20;

export const appointmentConfirmationRule: ReminderRule = {
  id: ID,
  cadence: "hourly",
  async evaluate({ db, today, overrides }) {
    const rows = await db.appointment.findMany({
      where: {
        type: { in: ["NON_WORKING_DAY", "REMOTE_VIDEO"] }, status: "REQUESTED",
        date: { gte: new Date(`${today}T00:00:00Z`), lte: new Date(`${addDays(today, LOOKAHEAD_DAYS)}T00:00:00Z`) },
      },
      select: { id: true, type: true, date: true, startTime: true, assignedStaffId: true, orgUnitId: true, orgPath: true },
    });
    const due = rows.filter((a) => appointmentReminderDue(today, a.date.toISOString().slice(0, 10), overrides));
    const reviewers = await staffOfUnits(db, due.filter((a) => !a.assignedStaffId).map((a) => a.orgUnitId), ["REVIEWER"]);
    const out: ReminderInput[] = [];
    for (const a of due) {
      const date = a.date.toISOString().slice(0, 10);
      const users = a.assignedStaffId ? [a.assignedStaffId] : (reviewers.get(a.orgUnitId) ?? []);
      for (const userId of users) {
        out.push({
          ruleId: ID, entityType: "Appointment", entityId: a.id, assigneeUserId: userId, level: "WARN", dueDate: date,
          escalation: a.assignedStaffId ? 0 : 1,
          message: `${APPOINTMENT_TYPE_LABELS[a.type]}（${date} ${a.startTime}）尚未确认，请及时${a.assignedStaffId ? "确认" : "审批并指派接待人员"}`,
          href: `/hall/appointments/${a.id}`, orgPath: a.orgPath, fireKey: `${ID}:${a.id}:${date}:${userId}`,
        });
      }
    }
    return out;
  },
};
