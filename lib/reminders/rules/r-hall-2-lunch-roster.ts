import "server-only";
import type { ReminderInput } from "../notify";
import { lunchRosterCheck } from "../rule-dates";
import { staffOfUnits } from "./staff-directory";
import type { ReminderRule } from "./types";

// R-HALL-2 (§7.1.2, HALL-11/12): every working day of a unit with lunch duty needs a published
// roster. From 15:00 on the last working day of the week, next week's gaps remind the unit's
// reviewers and admins (once per unit and week). Hourly, so the 15:00 check is not missed.

const ID = "R-HALL-2";

export const lunchRosterRule: ReminderRule = {
  id: ID,
  cadence: "hourly",
  async evaluate({ db, today, time, overrides }) {
    const check = lunchRosterCheck(today, time, overrides);
    if (!check) return [];
    const units = await db.orgUnit.findMany({ where: { lunchDutyRequired: true, active: true }, select: { id: true, path: true } });
    if (units.length === 0) return [];
    const published = await db.lunchDutyRoster.findMany({
      where: { orgUnitId: { in: units.map((u) => u.id) }, date: { in: check.days.map((d) => new Date(`${d}T00:00:00Z`)) }, publishedAt: { not: null } },
      select: { orgUnitId: true, date: true },
    });
    const covered = new Set(published.map((r) => `${r.orgUnitId}:${r.date.toISOString().slice(0, 10)}`));
    const gaps = units
      .map((u) => ({ unit: u, missing: check.days.filter((d) => !covered.has(`${u.id}:${d}`)) }))
      .filter((g) => g.missing.length > 0);
    const staff = await staffOfUnits(db, gaps.map((g) => g.unit.id), ["REVIEWER", "ADMIN"]);
    const out: ReminderInput[] = [];
    for (const { unit, missing } of gaps) {
      const days = missing.map((d) => d.slice(5)).join("、");
      for (const userId of staff.get(unit.id) ?? []) {
        out.push({
          ruleId: ID, entityType: "OrgUnit", entityId: unit.id, assigneeUserId: userId, level: "WARN", dueDate: missing[0],
          message: `下周（${check.weekOf} 起）午间值班表尚未发布，${days} 未排班；请于本周最后一个工作日 15:00 前发布`,
          href: "/hall/duty", orgPath: unit.path, fireKey: `${ID}:${unit.id}:${check.weekOf}:${userId}`,
        });
      }
    }
    return out;
  },
};
